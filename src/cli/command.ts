import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A subcommand of `sunshine`: its own help text and options, a run that returns the exit code. */
export interface Command {
  name: string;
  summary: string;
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

export function helpOf(command: Command): string {
  return `sunshine ${command.name} — ${command.summary}\n\n${command.usage.trim()}\n`;
}
