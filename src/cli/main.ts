/** The `sunshine` command: `sunshine <command> [--help]`. */
import { helpOf, parseCommandArgs, UsageError } from './command.ts';
import { commandEntries } from './commands.ts';
import { exitCodes, reportFailure } from './environment.ts';

function overview(): string {
  const width = Math.max(...commandEntries.map((c) => c.name.length));
  const rows = commandEntries.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `用法 Usage: sunshine <command> [options]\n\n${rows.join('\n')}\n\nsunshine <command> --help 查看命令说明 / for a command's options\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview());
    return name ? exitCodes.ok : exitCodes.unavailable;
  }
  const entry = commandEntries.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`未知命令 / unknown command: ${name}\n\n${overview()}`);
    return exitCodes.unavailable;
  }
  const command = await entry.load();
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      process.stdout.write(helpOf(entry, command));
      return exitCodes.ok;
    }
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${helpOf(entry, command)}`);
      return exitCodes.unavailable;
    }
    return reportFailure(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
