/** The `sunshine` command: `sunshine <command> [--help]`. */
import { helpOf, parseCommandArgs, UsageError, type Command } from './command.ts';
import { auditCommand } from './commands/audit.ts';
import { calendarCommand } from './commands/calendar.ts';
import { creditCodeCommand } from './commands/credit-code.ts';
import { foiCommand } from './commands/foi.ts';
import { migrateCommand } from './commands/migrate.ts';
import { publishingCommand } from './commands/publishing.ts';
import { searchCommand } from './commands/search.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';
import { serveCommand } from './commands/serve.ts';
import { tokenCommand } from './commands/token.ts';
import { userCommand } from './commands/user.ts';
import { versionCommand } from './commands/version.ts';
import { exitCodes, reportFailure } from './environment.ts';

const commands: Command[] = [
  serveCommand,
  migrateCommand,
  seedDemoCommand,
  auditCommand,
  calendarCommand,
  creditCodeCommand,
  foiCommand,
  searchCommand,
  publishingCommand,
  versionCommand,
  userCommand,
  tokenCommand,
];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `用法 Usage: sunshine <command> [options]\n\n${rows.join('\n')}\n\nsunshine <command> --help 查看命令说明 / for a command's options\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview());
    return name ? exitCodes.ok : exitCodes.unavailable;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`未知命令 / unknown command: ${name}\n\n${overview()}`);
    return exitCodes.unavailable;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      process.stdout.write(helpOf(command));
      return exitCodes.ok;
    }
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${helpOf(command)}`);
      return exitCodes.unavailable;
    }
    return reportFailure(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
