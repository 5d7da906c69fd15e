import type { DatabaseHandle } from '../../platform/db/index.ts';
import { reindexPublications } from '../../modules/publishing/index.ts';
import { UsageError, type Command } from '../command.ts';
import { configFromEnv, exitCodes, openDatabase } from '../environment.ts';
import type { CommandOutput } from './calendar.ts';

const usage = `
用法 Usage:
  sunshine search reindex [--all]

  reindex   重新分词：词典（domain-words.txt、别名）改变后，重写用旧词典分词的已公开信息的检索行，
            并删除已撤回、已被替代信息的检索行 / re-segments the search rows of published items cut
            with another dictionary version, and removes rows of items no longer published

Options:
  --all     重写全部已公开信息的检索行 / rewrite every published item's row

Exit codes: 0 done; 1 the command failed; 2 wrong usage, or the embedded database is held by a
running server (stop it first, or use PostgreSQL through DATABASE_URL).`;

export const searchCommand: Command = {
  name: 'search',
  usage,
  options: { all: { type: 'boolean' } },
  run: (values, positionals) =>
    runSearchCommand(values, positionals, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    }),
};

/** The command's body; `open` gives the database: the configured one unless a test passes its own. */
export async function runSearchCommand(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: string[],
  io: CommandOutput,
  open: () => Promise<DatabaseHandle<unknown>> = () =>
    openDatabase(configFromEnv(), 'sunshine search reindex'),
): Promise<number> {
  const [subcommand, ...extra] = positionals;
  if (subcommand !== 'reindex') {
    throw new UsageError(
      subcommand
        ? `未知子命令 / unknown subcommand: ${subcommand}`
        : '缺少子命令 / missing subcommand: reindex',
    );
  }
  if (extra.length > 0) throw new UsageError(`多余的参数 / unexpected: ${extra.join(' ')}`);
  const handle = await open();
  try {
    const started = Date.now();
    const result = await reindexPublications(handle.db, { all: values.all === true });
    io.out(
      `已重写 ${result.indexed} 条、删除 ${result.removed} 条检索行（词典版本 ${result.version}，` +
        `${Date.now() - started} ms） / ${result.indexed} rows written, ${result.removed} removed ` +
        `(dictionary ${result.version})\n`,
    );
    return exitCodes.ok;
  } finally {
    await handle.close();
  }
}
