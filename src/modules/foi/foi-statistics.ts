/**
 * Public statistics of information requests per org and for the county, over a period: received,
 * replied, on-time rate, the mix of outcomes, and the median working days to reply. A rate or a
 * median over fewer replies than `minimumCount` is not shown (null): too few to mean anything,
 * and it could point at one applicant.
 */
import { sql, type Kysely } from 'kysely';
import { deriveClocks } from '../deadlines/index.ts';
import { outcomeGroups } from './foi.model.ts';

export const defaultMinimumCount = 5;

export interface FoiFigures {
  received: number;
  replied: number;
  onTime: number;
  /** onTime ÷ replied; null below the minimum count. */
  onTimeRate: number | null;
  /** Replies per outcome group (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理). */
  outcomes: Record<string, number>;
  /**
   * Median working days from receipt (or the corrected request) to reply, with the time waiting
   * for the applicant's correction or payment left out, and the time consulting others counted.
   */
  medianDays: number | null;
}

export interface FoiStatistics {
  from: string;
  to: string;
  minimumCount: number;
  county: FoiFigures;
  orgs: ({ code: string; name: string } & FoiFigures)[];
}

interface Row {
  orgId: number;
  code: string;
  name: string;
  receivedOn: string;
  repliedOn: string | null;
  outcome: string | null;
  clockId: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function figuresOf(
  rows: Row[],
  from: string,
  to: string,
  days: Map<number, { late: boolean; days: number }>,
  minimumCount: number,
): FoiFigures {
  const replied = rows.filter((r) => r.repliedOn && r.repliedOn >= from && r.repliedOn <= to);
  const onTime = replied.filter((r) => days.get(r.clockId)?.late === false).length;
  const enough = replied.length >= minimumCount;
  return {
    received: rows.filter((r) => r.receivedOn >= from && r.receivedOn <= to).length,
    replied: replied.length,
    onTime,
    onTimeRate: enough ? onTime / replied.length : null,
    outcomes: Object.fromEntries(
      outcomeGroups.map((g) => [
        g.group,
        replied.filter((r) => r.outcome?.split('.')[0] === g.group).length,
      ]),
    ),
    medianDays: enough ? median(replied.map((r) => days.get(r.clockId)?.days ?? 0)) : null,
  };
}

/** The figures from `from` to `to` (local dates, both included). */
export async function computeFoiStatistics<DB>(
  db: Kysely<DB>,
  period: { from: string; to: string },
  minimumCount = defaultMinimumCount,
): Promise<FoiStatistics> {
  const { from, to } = period;
  const { rows } = await sql<Row>`
    select r.org_id, o.code, o.name, r.received_on, r.replied_on, r.outcome, r.clock_id
    from foi_requests r join accounts_orgs o on o.id = r.org_id
    where (r.received_on between ${from}::date and ${to}::date)
       or (r.replied_on between ${from}::date and ${to}::date)
    order by o.sort_order, o.code`.execute(db as unknown as Kysely<unknown>);
  const views = await deriveClocks(
    db,
    rows.filter((r) => r.repliedOn).map((r) => r.clockId),
    to,
  );
  const days = new Map<number, { late: boolean; days: number }>();
  for (const [id, view] of views) {
    // Consulting others is the agency's time (条例第33条第2款 excludes it from the limit, not from the wait).
    const consulting = view.pauses
      .filter((p) => p.reasonCode.endsWith('_consultation'))
      .reduce((sum, p) => sum + p.excludedDays, 0);
    days.set(id, { late: view.late, days: view.usedDays + consulting });
  }
  const orgs = [...new Map(rows.map((r) => [r.orgId, r])).values()].map((org) => ({
    code: org.code,
    name: org.name,
    ...figuresOf(
      rows.filter((r) => r.orgId === org.orgId),
      from,
      to,
      days,
      minimumCount,
    ),
  }));
  return { from, to, minimumCount, county: figuresOf(rows, from, to, days, minimumCount), orgs };
}
