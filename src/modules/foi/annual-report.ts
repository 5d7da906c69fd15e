/**
 * The annual report's tables of sections 三 and 四 (国办公开办函〔2021〕30号), computed from the
 * requests, and the 勾稽 checks of RULES.md §2.4 (a)–(e), each computed from its own query so that
 * a check can actually fail (an unknown outcome, a request changed after the year closed).
 */
import { sql, type Kysely } from 'kysely';
import {
  applicantColumns,
  applicantTypes,
  outcomeGroups,
  outcomes,
  type ApplicantType,
} from './foi.model.ts';
import { proactiveTableOf, readReportEntries, type ProactiveTable } from './report-entries.ts';

export const applicationColumns = [...applicantTypes.map((t) => applicantColumns[t]), '总计'];

export const reviewColumns = [
  '行政复议',
  '行政诉讼（未经复议直接起诉）',
  '行政诉讼（复议后起诉）',
].flatMap((group) =>
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((c) => `${group}·${c}`),
);

export interface ReportRow {
  label: string;
  values: number[];
}

export interface ReportCheck {
  rule: string;
  ok: boolean;
  detail: string;
}

export interface AnnualReport {
  year: number;
  applications: { columns: string[]; rows: ReportRow[] };
  reviews: { columns: string[]; values: number[] };
  checks: ReportCheck[];
  /** Table 二, entered by hand until the publishing module counts it (source says which). */
  proactive: ProactiveTable;
  /** The texts of sections 一, 五 and 六 as the office wrote them; null when not written yet. */
  sections: { overview: string; problems: string; otherMatters: string } | null;
}

export interface ReportScope {
  /** Only requests handled by these orgs; the whole county when absent. */
  orgIds?: readonly number[];
}

interface Counts {
  applicantType: ApplicantType;
  outcome: string | null;
  received: number;
  carried: number;
  replied: number;
  carryover: number;
}

function orgFilter(scope: ReportScope) {
  return scope.orgIds ? sql`and org_id = any(${sql.val([...scope.orgIds])}::bigint[])` : sql``;
}

async function countsOf(db: Kysely<unknown>, year: number, scope: ReportScope): Promise<Counts[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { rows } = await sql<Counts>`
    select applicant_type, outcome,
      count(*) filter (where received_on between ${from}::date and ${to}::date)::int as received,
      count(*) filter (where received_on < ${from}::date
                       and (replied_on is null or replied_on >= ${from}::date))::int as carried,
      count(*) filter (where replied_on between ${from}::date and ${to}::date)::int as replied,
      count(*) filter (where replied_on is null or replied_on > ${to}::date)::int as carryover
    from foi_requests
    where received_on <= ${to}::date and (replied_on is null or replied_on >= ${from}::date) ${orgFilter(scope)}
    group by applicant_type, outcome`.execute(db);
  return rows;
}

/** Per applicant type, then the total: independent of the outcome grouping, for checks (b), (c). */
async function totalsOf(db: Kysely<unknown>, year: number, scope: ReportScope) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { rows } = await sql<{
    replied: number;
    carryover: number;
    carried: number;
    unknown: number;
  }>`
    select count(*) filter (where replied_on between ${from}::date and ${to}::date)::int as replied,
      count(*) filter (where received_on <= ${to}::date and (replied_on is null or replied_on > ${to}::date))::int as carryover,
      count(*) filter (where received_on < ${from}::date and (replied_on is null or replied_on >= ${from}::date))::int as carried,
      count(*) filter (where replied_on between ${from}::date and ${to}::date
                       and not (outcome = any(${sql.val(outcomes)}::text[])))::int as unknown
    from foi_requests where true ${orgFilter(scope)}`.execute(db);
  return rows[0]!;
}

function columnValues(counts: Counts[], pick: (c: Counts) => number): number[] {
  const values = applicantTypes.map((type) =>
    counts.filter((c) => c.applicantType === type).reduce((sum, c) => sum + pick(c), 0),
  );
  return [...values, values.reduce((a, b) => a + b, 0)];
}

function sumRows(rows: number[][]): number[] {
  return applicationColumns.map((_, i) => rows.reduce((sum, r) => sum + r[i]!, 0));
}

function applicationRows(counts: Counts[]): ReportRow[] {
  const byOutcome = (outcome: string) =>
    columnValues(counts, (c) => (c.outcome === outcome ? c.replied : 0));
  const resultRows: ReportRow[] = [];
  const itemValues: number[][] = [];
  for (const group of outcomeGroups) {
    if (group.items.length === 0) {
      const values = byOutcome(group.group);
      itemValues.push(values);
      resultRows.push({ label: group.label, values });
      continue;
    }
    const items = group.items.map((item, i) => ({
      label: `${i + 1}.${item}`,
      values: byOutcome(`${group.group}.${item}`),
    }));
    itemValues.push(...items.map((r) => r.values));
    resultRows.push({ label: group.label, values: sumRows(items.map((r) => r.values)) }, ...items);
  }
  const total = columnValues(counts, (c) => c.replied);
  return [
    { label: '一、本年新收政府信息公开申请数量', values: columnValues(counts, (c) => c.received) },
    { label: '二、上年结转政府信息公开申请数量', values: columnValues(counts, (c) => c.carried) },
    { label: '三、本年度办理结果', values: total },
    ...resultRows,
    { label: '（七）总计', values: total },
    { label: '四、结转下年度继续办理', values: columnValues(counts, (c) => c.carryover) },
  ];
}

function row(rows: ReportRow[], label: string): number[] {
  return rows.find((r) => r.label === label)!.values;
}

function check(rule: string, failures: string[], okDetail: string): ReportCheck {
  return {
    rule,
    ok: failures.length === 0,
    detail: failures.length === 0 ? okDetail : failures.join('；'),
  };
}

async function reviewValues(
  db: Kysely<unknown>,
  year: number,
  scope: ReportScope,
): Promise<number[]> {
  const to = `${year}-12-31`;
  const { rows } = await sql<{ kind: string; result: string; n: number }>`
    select r.kind,
      case when r.decided_on is null or r.decided_on > ${to}::date then 'pending' else r.result end as result,
      count(*)::int as n
    from foi_reviews r join foi_requests q on q.id = r.request_id
    where r.filed_on between ${`${year}-01-01`}::date and ${to}::date ${scope.orgIds ? sql`and q.org_id = any(${sql.val([...scope.orgIds])}::bigint[])` : sql``}
    group by 1, 2`.execute(db);
  return ['reconsideration', 'litigation_direct', 'litigation_after_reconsideration'].flatMap(
    (kind) => {
      const values = ['upheld', 'corrected', 'other', 'pending'].map(
        (result) => rows.find((r) => r.kind === kind && r.result === result)?.n ?? 0,
      );
      return [...values, values.reduce((a, b) => a + b, 0)];
    },
  );
}

/** The report for `year`; every check is run on every generation. */
export async function computeAnnualReport<DB>(
  db: Kysely<DB>,
  year: number,
  scope: ReportScope = {},
): Promise<AnnualReport> {
  const handle = db as unknown as Kysely<unknown>;
  const counts = await countsOf(handle, year, scope);
  const rows = applicationRows(counts);
  const totals = await totalsOf(handle, year, scope);
  const previous = await totalsOf(handle, year - 1, scope);
  const [first, second, total, carryover] = [
    '一、本年新收政府信息公开申请数量',
    '二、上年结转政府信息公开申请数量',
    '（七）总计',
    '四、结转下年度继续办理',
  ].map((label) => row(rows, label)) as [number[], number[], number[], number[]];
  const items = rows.filter(
    (r) => /^\d+\./.test(r.label) || r.label.startsWith('（一）') || r.label.startsWith('（二）'),
  );
  const columnFailures = (test: (i: number) => string | null) =>
    applicationColumns.flatMap((_, i) => test(i) ?? []);
  const checks = [
    check(
      '(a) 一 + 二 = 三(七) + 四',
      columnFailures((i) =>
        first[i]! + second[i]! === total[i]! + carryover[i]!
          ? null
          : `${applicationColumns[i]}列：${first[i]} + ${second[i]} ≠ ${total[i]} + ${carryover[i]}`,
      ),
      '每列均相符',
    ),
    check(
      '(b) 三(七) = (一)…(六) 各项之和',
      columnFailures((i) => {
        const sum = items.reduce((s, r) => s + r.values[i]!, 0);
        const counted = i === applicationColumns.length - 1 ? totals.replied : total[i]!;
        return sum === counted
          ? null
          : `${applicationColumns[i]}列：各项之和 ${sum} ≠ 总计 ${counted}`;
      }),
      '每列均相符',
    ),
    check(
      '(c) 总计列 = 六类申请人之和',
      rows
        .flatMap((r) => {
          const sum = r.values.slice(0, -1).reduce((a, b) => a + b, 0);
          return sum === r.values.at(-1) ? [] : [`${r.label}：${sum} ≠ ${r.values.at(-1)}`];
        })
        .concat(
          total.at(-1) === totals.replied
            ? []
            : [`（七）总计 ${total.at(-1)} ≠ 办结件数 ${totals.replied}`],
          carryover.at(-1) === totals.carryover
            ? []
            : [`四 ${carryover.at(-1)} ≠ 未办结件数 ${totals.carryover}`],
        ),
      '每行均相符',
    ),
    check(
      '(d) 每件申请只有一个办理结果',
      totals.unknown === 0 ? [] : [`${totals.unknown} 件申请的办理结果不在报表分类中`],
      '全部相符',
    ),
    check(
      `(e) 二 = ${year - 1} 年的 四`,
      second.at(-1) === previous.carryover
        ? []
        : [`二 ${second.at(-1)} ≠ ${year - 1} 年结转 ${previous.carryover}`],
      `均为 ${previous.carryover}`,
    ),
  ];
  // The office's texts and table 二 are the county's: a report of part of the county has none.
  const entries = scope.orgIds ? null : await readReportEntries(handle, year);
  return {
    year,
    applications: { columns: applicationColumns, rows },
    reviews: { columns: reviewColumns, values: await reviewValues(handle, year, scope) },
    checks,
    proactive: proactiveTableOf(entries),
    sections: entries
      ? {
          overview: entries.overview,
          problems: entries.problems,
          otherMatters: entries.otherMatters,
        }
      : null,
  };
}
