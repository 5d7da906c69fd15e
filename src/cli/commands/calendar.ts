import { sql, type Kysely } from 'kysely';
import {
  addDays,
  createCalendar,
  isLocalDate,
  loadCalendar,
  pauseRange,
  runsOf,
  type Calendar,
  type CalendarAnswer,
  type CalendarDay,
  type DateRange,
  type LocalDate,
} from '../../platform/calendar/index.ts';
import { isAppError } from '../../platform/errors/index.ts';
import {
  dayBasisText,
  deriveClock,
  describeRun,
  explainClock,
  workingDaysRule,
  type ClockEvent,
} from '../../modules/deadlines/index.ts';
import { UsageError, type Command } from '../command.ts';
import { configFromEnv, exitCodes, openDatabase } from '../environment.ts';

// The first line of each answer is the bare value (true/false, a date, a number): other commands
// and scripts read it. A second line, only when the answer rests on a year whose schedule is not
// published, says so. Everything after is the explanation, in Chinese.
const usage = `
用法 Usage:
  sunshine calendar is-workday <date>                  是否工作日：true | false
  sunshine calendar add-working-days <date> <days>     <date> 之后第 <days> 个工作日（当日不计）
  sunshine calendar working-days-between <from> <to>   <from> 之后到 <to>（含）的工作日数
  sunshine calendar explain --from <date> --days <n> [--pause <P>:<R> ...]
                                                       办理期限：收到日 + n 个工作日，扣除暂停

Options:
  --pause P:R   暂停于 P、恢复于 R：P 至 R 前一日不计入，R 起恢复计时（可多次）
                paused on P, resumed on R: the days P..R-1 do not count, R counts again
  --strict      结果若依赖尚未公布的放假安排（暂定），拒绝回答，退出码 2
                refuse (exit 2) an answer that rests on a provisional (unpublished) year
  --builtin     不读数据库，只用内置数据（chinese-days 与暂定规则）
                do not open the database: built-in data (chinese-days, provisional rules) only

Dates are YYYY-MM-DD (Asia/Shanghai calendar dates). The first line is the answer; when it rests on
a provisional year, the second line says so. The entries an administrator made (calendar_days,
calendar_years) are read from the configured database: on the embedded database, stop the server
first (exit code 2 while it holds the data directory), or use --builtin to answer without them.
Exit codes: 0 answered, 1 failed, 2 wrong usage, refused (--strict) or database held.`;

const subcommands = ['is-workday', 'add-working-days', 'working-days-between', 'explain'] as const;
type Subcommand = (typeof subcommands)[number];

function isSubcommand(name: string | undefined): name is Subcommand {
  return (subcommands as readonly (string | undefined)[]).includes(name);
}

const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const maxDays = 1000;

function dateArgument(value: string | boolean | undefined, name: string): LocalDate {
  if (typeof value !== 'string') throw new UsageError(`缺少 ${name} / ${name} is required`);
  if (!isLocalDate(value)) {
    throw new UsageError(
      `${name}: 日期格式应为 YYYY-MM-DD / ${name} must be a date YYYY-MM-DD, got "${value}"`,
    );
  }
  return value;
}

function daysArgument(value: string | boolean | undefined, name: string): number {
  if (typeof value !== 'string') throw new UsageError(`缺少 ${name} / ${name} is required`);
  if (!/^\d{1,4}$/.test(value) || Number(value) > maxDays) {
    throw new UsageError(
      `${name}: 应为 0 到 ${maxDays} 的整数 / ${name} must be a whole number from 0 to ${maxDays}, got "${value}"`,
    );
  }
  return Number(value);
}

interface Pause {
  pausedOn: LocalDate;
  resumedOn: LocalDate;
  skip: DateRange;
}

function pauseArgument(value: string, start: LocalDate): Pause {
  const [pausedOn = '', resumedOn = '', ...rest] = value.split(':');
  if (rest.length > 0 || !isLocalDate(pausedOn) || !isLocalDate(resumedOn)) {
    throw new UsageError(
      `--pause: 应为 暂停日:恢复日，如 2025-03-10:2025-03-21 / --pause must be PAUSED:RESUMED ` +
        `dates YYYY-MM-DD, e.g. 2025-03-10:2025-03-21, got "${value}"`,
    );
  }
  if (resumedOn <= pausedOn) {
    throw new UsageError(
      `--pause: 恢复日应晚于暂停日 / --pause: the resume date must be after the pause date, got "${value}"`,
    );
  }
  if (pausedOn < start) {
    throw new UsageError(
      `--pause: 暂停日不能早于起算日 ${start} / --pause: the pause cannot start before --from ${start}, got "${value}"`,
    );
  }
  return { pausedOn, resumedOn, skip: pauseRange(pausedOn, resumedOn) };
}

function noMore(extra: string[]): void {
  if (extra.length > 0) throw new UsageError(`多余的参数 / unexpected: ${extra.join(' ')}`);
}

/** What to compute, checked before any database is opened. */
type Query =
  | { kind: 'is-workday'; date: LocalDate }
  | { kind: 'add-working-days'; date: LocalDate; days: number }
  | { kind: 'working-days-between'; from: LocalDate; to: LocalDate }
  | { kind: 'explain'; from: LocalDate; days: number; pauses: Pause[] };

function queryOf(
  subcommand: Subcommand,
  values: Record<string, string | boolean | string[] | undefined>,
  args: string[],
): Query {
  if (subcommand !== 'explain' && (values.from !== undefined || values.days !== undefined)) {
    throw new UsageError(`--from/--days 只用于 explain / --from and --days are for explain only`);
  }
  if (subcommand !== 'explain' && values.pause !== undefined) {
    throw new UsageError(`--pause 只用于 explain / --pause is for explain only`);
  }
  if (subcommand === 'is-workday') {
    const [date, ...extra] = args;
    noMore(extra);
    return { kind: subcommand, date: dateArgument(date, '<date>') };
  }
  if (subcommand === 'add-working-days') {
    const [date, days, ...extra] = args;
    noMore(extra);
    return {
      kind: subcommand,
      date: dateArgument(date, '<date>'),
      days: daysArgument(days, '<days>'),
    };
  }
  if (subcommand === 'working-days-between') {
    const [from, to, ...extra] = args;
    noMore(extra);
    return { kind: subcommand, from: dateArgument(from, '<from>'), to: dateArgument(to, '<to>') };
  }
  noMore(args);
  const from = dateArgument(values.from as string | undefined, '--from');
  const days = daysArgument(values.days as string | undefined, '--days');
  const pauses = ((values.pause as string[] | undefined) ?? []).map((p) => pauseArgument(p, from));
  return { kind: subcommand, from, days, pauses };
}

/** The answer's first line, and the explanation lines that follow it. */
interface Output {
  answer: CalendarAnswer<unknown>;
  first: string;
  lines: string[];
}

function weekdayOf(day: CalendarDay): string {
  return weekdays[day.weekday]!;
}

function describeDay(day: CalendarDay, calendar: Calendar): string {
  let what: string;
  if (day.kind === 'makeup_workday') what = `${day.name ?? ''}调休上班，是工作日`;
  else if (day.kind === 'holiday') {
    what = `${day.name ?? ''}放假，不是工作日`;
    if (day.inLieu) what += '（调休）';
    if (day.substituteFor) what += `（补假：${day.substituteFor} 逢周末）`;
  } else if (day.kind === 'weekend') what = '周末，不是工作日';
  else what = '工作日';
  const source = dayBasisText(day, calendar, 'zh-CN');
  return `${day.date} ${weekdayOf(day)} ${what}${source ? `（${source}）` : ''}`;
}

function provisionalNote(years: number[]): string {
  const list = years.join('、');
  const en = years.join(', ');
  return (
    `暂定：${list} 年放假安排尚未公布，按法定节假日推算 / ` +
    `provisional: the ${en} schedule${years.length > 1 ? 's are' : ' is'} not published yet`
  );
}

/** The explanation of a count, by the same derivation and wording as every clock (modules/deadlines). */
function countLines(calendar: Calendar, start: LocalDate, days: number, pauses: Pause[]): string[] {
  const events: ClockEvent[] = [{ kind: 'start', on: start }];
  for (const pause of pauses) {
    events.push(
      { kind: 'pause', on: pause.pausedOn, reasonCode: '', legalBasis: '' },
      { kind: 'resume', on: pause.resumedOn },
    );
  }
  const view = deriveClock(calendar, workingDaysRule(days), events, start);
  return explainClock(view, calendar, 'zh-CN');
}

function run(calendar: Calendar, query: Query): Output {
  const version = `日历版本 calendar version: ${calendar.calendarVersion}`;
  switch (query.kind) {
    case 'is-workday': {
      const answer = calendar.isWorkday(query.date);
      const lines = [describeDay(calendar.day(query.date), calendar), version];
      return { answer, first: String(answer.value), lines };
    }
    case 'add-working-days': {
      const answer = calendar.addWorkingDays(query.date, query.days);
      const lines = [...countLines(calendar, query.date, query.days, []), version];
      return { answer, first: answer.value, lines };
    }
    case 'working-days-between': {
      const answer = calendar.workingDaysBetween(query.from, query.to);
      const [from, to] = query.from <= query.to ? [query.from, query.to] : [query.to, query.from];
      const lines = [
        `${from} 之后至 ${to}（含）共 ${Math.abs(answer.value)} 个工作日` +
          (query.from > query.to ? '；终点早于起点，结果取负数' : ''),
        ...runsOf(calendar.explain(addDays(from, 1), to)).map((r) =>
          describeRun(r, calendar, 'zh-CN'),
        ),
        version,
      ];
      return { answer, first: String(answer.value), lines };
    }
    case 'explain': {
      const answer = calendar.addWorkingDays(query.from, query.days, {
        skip: query.pauses.map((p) => p.skip),
      });
      const lines = [...countLines(calendar, query.from, query.days, query.pauses), version];
      return { answer, first: answer.value, lines };
    }
  }
}

/** Whether the schema has the calendar tables (a data directory never migrated has not). */
async function hasCalendarTables(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ found: string | null }>`
    select to_regclass('calendar_years')::text as found`.execute(db);
  return rows[0]?.found != null;
}

export const calendarCommand: Command = {
  name: 'calendar',
  usage,
  options: {
    from: { type: 'string' },
    days: { type: 'string' },
    pause: { type: 'string', multiple: true },
    strict: { type: 'boolean' },
    builtin: { type: 'boolean' },
  },
  run: (values, positionals) =>
    runCalendarCommand(values, positionals, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    }),
};

/** Where the command writes: the process's streams, or a test's buffers. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

/** The command's body; throws UsageError for wrong usage (main prints the help, exit 2). */
export async function runCalendarCommand(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: string[],
  io: CommandOutput,
): Promise<number> {
  const [subcommand, ...args] = positionals;
  if (!isSubcommand(subcommand)) {
    throw new UsageError(
      subcommand
        ? `未知子命令 / unknown subcommand: ${subcommand}`
        : `缺少子命令 / missing subcommand: ${subcommands.join(' | ')}`,
    );
  }
  const query = queryOf(subcommand, values, args);

  let calendar: Calendar;
  if (values.builtin) {
    calendar = createCalendar();
    io.err(
      '注意：仅用内置数据，未读取数据库中的录入 / note: built-in data only, database entries not read\n',
    );
  } else {
    const handle = await openDatabase(configFromEnv(), `sunshine calendar ${subcommand}`);
    try {
      if (!(await hasCalendarTables(handle.db))) {
        io.err(
          '数据库中没有日历表，请先运行 sunshine migrate（或加 --builtin）/ ' +
            'no calendar tables in this database: run `sunshine migrate` first (or use --builtin)\n',
        );
        return exitCodes.failed;
      }
      calendar = await loadCalendar(handle.db);
    } finally {
      await handle.close();
    }
  }

  let output: Output;
  try {
    output = run(calendar, query);
  } catch (error) {
    // A year with neither a schedule nor computable rules (before 2004, after 2099).
    if (isAppError(error) && error.code === 'calendar_year_unsupported') {
      io.err(`${error.message}\n`);
      return exitCodes.unavailable;
    }
    throw error;
  }
  const { answer } = output;
  if (values.strict && answer.basis === 'provisional') {
    const years = answer.provisionalYears.join('、');
    io.err(
      `拒绝（--strict）：结果依赖尚未公布的 ${years} 年放假安排 / refused (--strict): the answer ` +
        `rests on the ${answer.provisionalYears.join(', ')} schedule, which is not published yet\n`,
    );
    return exitCodes.unavailable;
  }
  const lines = [output.first];
  if (answer.basis === 'provisional') lines.push(provisionalNote(answer.provisionalYears));
  lines.push(...output.lines);
  io.out(`${lines.join('\n')}\n`);
  return exitCodes.ok;
}
