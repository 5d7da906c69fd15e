import { sql, type Kysely } from 'kysely';
import { generateUnissuedCodes } from '../../modules/approvals/index.ts';
import { usccProblem } from '../../platform/identifiers/index.ts';
import { UsageError, type Command } from '../command.ts';
import { configFromEnv, exitCodes, openDatabase } from '../environment.ts';
import type { CommandOutput } from './calendar.ts';

// Output for scripts: `check` prints `valid` or `invalid: <reason>` alone on stdout; `generate`
// prints one code per line and nothing else on stdout (notes go to stderr).
const usage = `
用法 Usage:
  sunshine credit-code check <code>
      校验统一社会信用代码（GB 32100-2015），不读数据库：输出 valid 或 invalid: <原因>
      check a unified social credit code, without the database: prints valid or invalid: <reason>
      reason: length | charset | checkDigit18 | orgCheckDigit (checked in that order)
  sunshine credit-code generate --region <6 digits> --category <c> [--count N] [--authority 9]
      生成 N 个（默认 1）有效且互不相同、本库营业执照未使用的新代码，每行一个
      print N (default 1) new valid codes, distinct, none on a licence issued in this database

Options:
  --region      登记管理机关行政区划码 (GB/T 2260), e.g. 210423
  --category    机构类别码: 工商 1 企业, 2 个体工商户, 3 农民专业合作社
  --authority   登记管理部门码, default 9 (工商 / market regulation)
  --count       1 to ${100_000}
  --offline     不打开数据库（不排除已核发的代码） / do not open the database (issued codes not excluded)

The printed codes are not reserved: a licence gets its own code when it is issued.
Exit codes: check 0 valid, 1 invalid; generate 0 printed, 1 failed; 2 wrong usage or database held.`;

const maxCount = 100_000;
const single = /^[0-9A-HJ-NPQRTUWXY]$/;

function required(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value === '')
    throw new UsageError(`缺少 ${name} / ${name} is required`);
  return value;
}

interface GenerateQuery {
  region: string;
  category: string;
  authority: string;
  count: number;
}

function generateQuery(values: Record<string, string | boolean | undefined>): GenerateQuery {
  const region = required(values.region, '--region');
  if (!/^\d{6}$/.test(region)) {
    throw new UsageError(
      `--region: 应为 6 位数字的行政区划码 / --region must be a 6-digit region code, got "${region}"`,
    );
  }
  const category = required(values.category, '--category').toUpperCase();
  const authority = (typeof values.authority === 'string' ? values.authority : '9').toUpperCase();
  for (const [name, value] of [
    ['--category', category],
    ['--authority', authority],
  ] as const) {
    if (!single.test(value)) {
      throw new UsageError(
        `${name}: 应为一个数字或代码字符集中的字母 / ${name} must be one digit or letter of the code's charset, got "${value}"`,
      );
    }
  }
  const countText = typeof values.count === 'string' ? values.count : '1';
  if (!/^\d{1,6}$/.test(countText) || Number(countText) < 1 || Number(countText) > maxCount) {
    throw new UsageError(
      `--count: 应为 1 到 ${maxCount} 的整数 / --count must be a whole number from 1 to ${maxCount}, got "${countText}"`,
    );
  }
  return { region, category, authority, count: Number(countText) };
}

/** Whether the schema has the licence table (a data directory never migrated has not). */
async function hasLicenceTable(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ found: string | null }>`
    select to_regclass('approvals_licences')::text as found`.execute(db);
  return rows[0]?.found != null;
}

/** What the command may be given instead of the environment's database (tests). */
export interface CreditCodeDeps {
  db?: Kysely<unknown>;
  random?: () => number;
}

export const creditCodeCommand: Command = {
  name: 'credit-code',
  usage,
  options: {
    region: { type: 'string' },
    category: { type: 'string' },
    authority: { type: 'string' },
    count: { type: 'string' },
    offline: { type: 'boolean' },
  },
  run: (values, positionals) =>
    runCreditCodeCommand(values, positionals, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    }),
};

/** The command's body; throws UsageError for wrong usage (main prints the help, exit 2). */
export async function runCreditCodeCommand(
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
  io: CommandOutput,
  deps: CreditCodeDeps = {},
): Promise<number> {
  const [subcommand, ...args] = positionals;
  if (subcommand === 'check') {
    if (args.length !== 1) {
      throw new UsageError('check 需要且只需要一个代码 / check takes exactly one code');
    }
    // GB 32100-2015; the order of RULES.md §3 (length, charset, 18th char, org-code char).
    const reason = usccProblem(args[0]!);
    io.out(reason ? `invalid: ${reason}\n` : 'valid\n');
    return reason ? exitCodes.failed : exitCodes.ok;
  }
  if (subcommand !== 'generate') {
    throw new UsageError(
      subcommand
        ? `未知子命令 / unknown subcommand: ${subcommand}`
        : '缺少子命令 / missing subcommand: check | generate',
    );
  }
  if (args.length > 0) throw new UsageError(`多余的参数 / unexpected: ${args.join(' ')}`);
  const query = generateQuery(values);
  const random = deps.random ? { random: deps.random } : {};
  if (values.offline) {
    io.err('注意：未打开数据库，未排除已核发的代码 / note: offline, issued codes not excluded\n');
    return print(io, await generateUnissuedCodes(null, { ...query, ...random }));
  }
  if (deps.db) return print(io, await generateWith(deps.db, query, random, io));
  const handle = await openDatabase(configFromEnv(), 'sunshine credit-code generate');
  try {
    return print(io, await generateWith(handle.db, query, random, io));
  } finally {
    await handle.close();
  }
}

async function generateWith(
  db: Kysely<unknown>,
  query: GenerateQuery,
  random: { random?: () => number },
  io: CommandOutput,
): Promise<string[]> {
  if (!(await hasLicenceTable(db))) {
    io.err(
      '注意：数据库中没有营业执照表（未迁移），没有已核发的代码可排除 / ' +
        'note: no licence table in this database (not migrated): no issued codes to exclude\n',
    );
    return generateUnissuedCodes(null, { ...query, ...random });
  }
  return generateUnissuedCodes(db, { ...query, ...random });
}

function print(io: CommandOutput, codes: string[]): number {
  io.out(`${codes.join('\n')}\n`);
  return exitCodes.ok;
}
