import { sql, type Kysely } from 'kysely';
import { latestAuditAnchor, verifyAuditChain } from '../../platform/audit/index.ts';
import { UsageError, type Command } from '../command.ts';
import { configFromEnv, exitCodes, openDatabase } from '../environment.ts';

const subcommands = ['verify', 'anchor'] as const;
type Subcommand = (typeof subcommands)[number];

function isSubcommand(name: string | undefined): name is Subcommand {
  return (subcommands as readonly (string | undefined)[]).includes(name);
}

/** Whether the schema has the log at all (a data directory that was never migrated has not). */
async function hasAuditLog(db: Kysely<unknown>): Promise<boolean> {
  // Asked rather than caught: on PGlite, closing right after a failed query can crash the adapter.
  const { rows } = await sql<{ found: string | null }>`
    select to_regclass('audit_log')::text as found`.execute(db);
  return rows[0]?.found != null;
}

export const auditCommand: Command = {
  name: 'audit',
  usage: `
用法 Usage: sunshine audit <verify | anchor>

  verify   逐条重算哈希、核对链接；完整则退出码 0，断开则 1 并指出第一条不符的记录
           walk the hash chain record by record: exit 0 if intact, 1 naming the first broken record
  anchor   显示最新记录的编号、时间和哈希（最后一行仅为哈希），供定期公布；之后若有记录被
           删改或截断，可用公布的锚点发现
           print the newest record's id, time and hash (the hash alone on the last line), to
           publish: a later rewrite or truncation of the log is then detectable

Reads only. On the embedded database, stop the server first (exit code 2 while it holds the data
directory); against PostgreSQL (DATABASE_URL) it runs alongside the app.`,
  options: {},
  async run(_values, positionals) {
    const [subcommand, ...extra] = positionals;
    if (!isSubcommand(subcommand)) {
      throw new UsageError(
        subcommand
          ? `未知子命令 / unknown subcommand: ${subcommand}`
          : '缺少子命令 / missing subcommand: verify | anchor',
      );
    }
    if (extra.length > 0) throw new UsageError(`多余的参数 / unexpected: ${extra.join(' ')}`);

    const handle = await openDatabase(configFromEnv(), `sunshine audit ${subcommand}`);
    try {
      if (!(await hasAuditLog(handle.db))) {
        process.stderr.write(
          '数据库中没有审计日志表，请先运行 sunshine migrate / ' +
            'no audit_log table in this database: run `sunshine migrate` first\n',
        );
        return exitCodes.failed;
      }
      return subcommand === 'verify' ? await verify(handle.db) : await anchor(handle.db);
    } finally {
      await handle.close();
    }
  },
};

async function verify(db: Kysely<unknown>): Promise<number> {
  const report = await verifyAuditChain(db);
  if (report.ok) {
    process.stdout.write(
      `审计日志完整 / audit chain intact: ${report.count} records, last hash ${report.lastHash}\n`,
    );
    return exitCodes.ok;
  }
  process.stdout.write(
    `审计日志在第 ${report.brokenId} 条记录处断开 / audit chain broken at record ${report.brokenId}: ` +
      `${report.reason}\n` +
      `（此前 ${report.count} 条记录完好 / ${report.count} records before it verified）\n`,
  );
  return exitCodes.failed;
}

async function anchor(db: Kysely<unknown>): Promise<number> {
  const latest = await latestAuditAnchor(db);
  if (!latest) {
    process.stdout.write('审计日志为空，尚无锚点 / the audit log is empty: no anchor yet\n');
    return exitCodes.ok;
  }
  process.stdout.write(
    `最新审计记录 / latest audit record: ${latest.id}\n` +
      `时间 / at: ${latest.at}\n` +
      `哈希 / hash:\n${latest.hash}\n`,
  );
  return exitCodes.ok;
}
