import { systemClock } from '../../platform/clock/index.ts';
import type { DatabaseHandle } from '../../platform/db/index.ts';
import { checkExternalLinks } from '../../modules/publishing/index.ts';
import { UsageError, type Command } from '../command.ts';
import { configFromEnv, exitCodes, openDatabase } from '../environment.ts';
import type { CommandOutput } from './calendar.ts';

const usage = `
用法 Usage:
  sunshine publishing check-links [--timeout-ms 5000] [--concurrency 4]

  check-links   检查已发布信息正文中的站外链接（HEAD，失败时再用 GET），结果显示在“网站检查”页；
                站内链接在该页上检查 / checks the external links in published items' bodies (HEAD,
                then GET); results appear on /staff/publishing/health, where internal links are checked

Options:
  --timeout-ms N    每个请求的超时（毫秒，默认 5000） / per-request timeout (default 5000)
  --concurrency N   同时进行的请求数（默认 4） / requests in flight (default 4)

Exit codes: 0 done (broken links are reported, not a failure); 1 the command failed; 2 wrong usage,
or the embedded database is held by a running server (stop it first, or use PostgreSQL).`;

function positive(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new UsageError(`--${name} 须为 1 到 ${max} 的整数 / must be a whole number 1–${max}`);
  }
  return n;
}

export const publishingCommand: Command = {
  name: 'publishing',
  usage,
  options: { 'timeout-ms': { type: 'string' }, concurrency: { type: 'string' } },
  run: (values, positionals) =>
    runPublishingCommand(values, positionals, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    }),
};

/** The command's body; `open` gives the database: the configured one unless a test passes its own. */
export async function runPublishingCommand(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: string[],
  io: CommandOutput,
  open: () => Promise<DatabaseHandle<unknown>> = () =>
    openDatabase(configFromEnv(), 'sunshine publishing check-links'),
): Promise<number> {
  const [subcommand, ...extra] = positionals;
  if (subcommand !== 'check-links') {
    throw new UsageError(
      subcommand
        ? `未知子命令 / unknown subcommand: ${subcommand}`
        : '缺少子命令 / missing subcommand: check-links',
    );
  }
  if (extra.length > 0) throw new UsageError(`多余的参数 / unexpected: ${extra.join(' ')}`);
  const timeoutMs = positive(values['timeout-ms'], 'timeout-ms', 5000, 60_000);
  const concurrency = positive(values.concurrency, 'concurrency', 4, 32);
  const handle = await open();
  try {
    const site = process.env.PUBLIC_URL || undefined;
    const result = await checkExternalLinks(handle.db, systemClock, {
      site,
      timeoutMs,
      concurrency,
    });
    io.out(
      `已检查 ${result.checked} 个站外链接：失效 ${result.broken} 个，无法访问 ${result.unreachable} 个 / ` +
        `${result.checked} external links checked: ${result.broken} broken, ${result.unreachable} unreachable\n`,
    );
    return exitCodes.ok;
  } finally {
    await handle.close();
  }
}
