import { sql, type Kysely } from 'kysely';
import { localDateOf, systemClock } from '../../platform/clock/index.ts';
import type { DatabaseHandle } from '../../platform/db/index.ts';
import { isAppError } from '../../platform/errors/index.ts';
import {
  findSettings,
  unconfiguredSettings,
  type SettingsTables,
} from '../../platform/settings/index.ts';
import { getOrgByCode, type AccountsTables } from '../../modules/accounts/index.ts';
import {
  annualReportDocx,
  annualReportHtml,
  computeAnnualReport,
  orgIdsUnder,
  type ReportScope,
} from '../../modules/foi/index.ts';
import { UsageError, type Command } from '../command.ts';
import { configFromEnv, exitCodes, openDatabase } from '../environment.ts';
import type { CommandOutput } from './calendar.ts';

const usage = `
用法 Usage:
  sunshine foi annual-report --year <YYYY> --format <json | html | docx> [--org <CODE>]

  annual-report   政府信息公开工作年度报告（国办公开办函〔2021〕30号）表三、表四及勾稽校验，
                  写到标准输出 / the annual report's tables 三 and 四 with their checks, to stdout

Options:
  --year YYYY     报告年度（2008–2100）/ the year reported on
  --format json   与 API（GET /api/v1/foi/annual-report）相同的 JSON / the API's JSON
  --format html   可打印的完整报告（一至六部分，内嵌样式）/ the printable report, sections 一 to 六
  --format docx   Word 文档，请重定向到文件，如 > report.docx / a Word file: redirect it to a file
  --org CODE      只统计该机构及其下属机构 / count only this org and the orgs under it

Exit codes: 0 every check passed; 1 a check failed (the failures on stderr; the report is still
printed) or the command failed; 2 wrong usage, or the embedded database is held by a running
server (stop it first, or use PostgreSQL through DATABASE_URL).`;

const subcommands = ['annual-report'] as const;
const formats = ['json', 'html', 'docx'] as const;
type Format = (typeof formats)[number];

interface Query {
  year: number;
  format: Format;
  org?: string;
}

function queryOf(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: string[],
  io: FoiCommandOutput,
): Query {
  const [subcommand, ...extra] = positionals;
  if (!subcommand) {
    throw new UsageError(`缺少子命令 / missing subcommand: ${subcommands.join(' | ')}`);
  }
  if (!(subcommands as readonly string[]).includes(subcommand)) {
    throw new UsageError(`未知子命令 / unknown subcommand: ${subcommand}`);
  }
  if (extra.length > 0) throw new UsageError(`多余的参数 / unexpected: ${extra.join(' ')}`);

  const year = values.year;
  if (typeof year !== 'string') throw new UsageError('缺少 --year / --year is required');
  if (!/^\d{4}$/.test(year) || Number(year) < 2008 || Number(year) > 2100) {
    throw new UsageError(
      `--year: 应为 2008 到 2100 之间的四位年份 / --year must be a year from 2008 to 2100, got "${year}"`,
    );
  }
  const format = values.format;
  if (typeof format !== 'string') {
    throw new UsageError(
      '缺少 --format（json、html 或 docx）/ --format is required: json, html or docx',
    );
  }
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format: 应为 json、html 或 docx / --format must be json, html or docx, got "${format}"`,
    );
  }
  if (format === 'docx' && io.terminal) {
    throw new UsageError(
      'docx 是二进制文件，请重定向到文件，如 > report.docx / ' +
        'docx is a binary file: redirect it to a file, e.g. > report.docx',
    );
  }
  const org = values.org;
  if (org !== undefined && (typeof org !== 'string' || !/^[A-Za-z0-9_.-]{1,40}$/.test(org))) {
    throw new UsageError(
      `--org: 应为机构代码，如 mzj / --org must be an org code such as mzj, got "${String(org)}"`,
    );
  }
  return { year: Number(year), format: format as Format, ...(org ? { org } : {}) };
}

/** Whether the schema has the FOI tables (a data directory never migrated has not). */
async function hasFoiTables(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ found: string | null }>`
    select to_regclass('foi_requests')::text as found`.execute(db);
  return rows[0]?.found != null;
}

export const foiCommand: Command = {
  name: 'foi',
  usage,
  options: {
    year: { type: 'string' },
    format: { type: 'string' },
    org: { type: 'string' },
  },
  run: (values, positionals) =>
    runFoiCommand(values, positionals, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      bytes: (data) => process.stdout.write(data),
      terminal: process.stdout.isTTY === true,
    }),
};

/** Where the command writes: text, and the bytes of a .docx; whether stdout is a terminal. */
export interface FoiCommandOutput extends CommandOutput {
  bytes(data: Uint8Array): void;
  terminal?: boolean;
}

/**
 * The command's body; throws UsageError for wrong usage (main prints the help, exit 2). `open`
 * gives the database: the configured one unless a test passes its own.
 */
export async function runFoiCommand(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: string[],
  io: FoiCommandOutput,
  open: () => Promise<DatabaseHandle<unknown>> = () =>
    openDatabase(configFromEnv(), 'sunshine foi annual-report'),
): Promise<number> {
  const query = queryOf(values, positionals, io);

  const handle = await open();
  try {
    const { db } = handle;
    if (!(await hasFoiTables(db))) {
      io.err(
        '数据库中没有依申请公开的表，请先运行 sunshine migrate / ' +
          'no FOI tables in this database: run `sunshine migrate` first\n',
      );
      return exitCodes.failed;
    }
    const settings = (await findSettings(db as Kysely<SettingsTables>)) ?? unconfiguredSettings;
    let scope: ReportScope = {};
    let subject = settings.governmentName;
    let scopeName: string | undefined;
    if (query.org) {
      try {
        const org = await getOrgByCode(db as Kysely<AccountsTables>, query.org);
        scope = { orgIds: await orgIdsUnder(db, [org.path]) };
        subject = org.name;
        scopeName = org.name;
      } catch (error) {
        if (isAppError(error) && error.code === 'org_not_found') {
          io.err(`--org: ${error.message}\n`);
          return exitCodes.unavailable;
        }
        throw error;
      }
    }
    const report = await computeAnnualReport(db, query.year, scope);
    if (query.format === 'json') io.out(`${JSON.stringify(report, null, 2)}\n`);
    else if (query.format === 'html') {
      io.out(
        annualReportHtml(report, {
          subject,
          ...(scopeName ? { scope: scopeName } : {}),
          generatedOn: localDateOf(systemClock.now()),
        }),
      );
    } else {
      io.bytes(await annualReportDocx(report, `${subject}${query.year}年政府信息公开工作年度报告`));
    }
    const failed = report.checks.filter((c) => !c.ok);
    for (const check of failed) {
      io.err(`勾稽校验未通过 / check failed: ${check.rule}: ${check.detail}\n`);
    }
    return failed.length === 0 ? exitCodes.ok : exitCodes.failed;
  } finally {
    await handle.close();
  }
}
