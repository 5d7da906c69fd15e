import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A subcommand of `sunshine`: its options and usage, a run that returns the exit code (the summary is in commands.ts). */
export interface Command {
  name: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function helpOf(entry: { summary: string }, command: Command): string {
  return `sunshine ${command.name} — ${entry.summary}\n\n${command.usage.trim()}\n`;
}
