/** The figures per org and for the county, and the records behind each count (figures.sql.ts). */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { LocalDate } from '../../../platform/calendar/index.ts';
import type { FeedbackSettings } from '../feedback.settings.ts';
import { computeDuty, dutyByOrg } from '../responders/duty.ts';
import {
  countFigures,
  figureConditions,
  figuresFromSql,
  periodRowsSql,
  rateOf,
  rateParts,
  starPointsSql,
  type CountFigure,
  type Period,
  type RateFigure,
} from './figures.sql.ts';

export interface FigureSet {
  counts: Record<CountFigure, number>;
  rates: Record<RateFigure, number | null>;
  dutyDays: number;
  dutyCounted: number;
}

export interface OrgFigures extends FigureSet {
  orgId: number;
  code: string;
  name: string;
}

export interface Figures {
  from: LocalDate;
  to: LocalDate;
  county: FigureSet;
  orgs: OrgFigures[];
}

/** A filter on `o` (the handling org) by org path prefixes; undefined = every org. */
export function pathFilterSql(paths: string[] | undefined): RawBuilder<boolean> {
  if (paths === undefined) return sql<boolean>`true`;
  if (paths.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    paths.map((p) => sql`o.path like ${`${p}%`}`),
    sql` or `,
  )})`;
}

type Raw = Record<CountFigure, number> & { starPoints: number; orgId: number };

function setOf(raw: Raw | undefined, duty: { dutyDays: number; counted: number }): FigureSet {
  const counts = Object.fromEntries(countFigures.map((f) => [f, Number(raw?.[f] ?? 0)])) as Record<
    CountFigure,
    number
  >;
  const rates = Object.fromEntries(
    Object.entries(rateParts).map(([rate, [num, den]]) => [rate, rateOf(counts[num], counts[den])]),
  ) as Record<RateFigure, number | null>;
  rates.starComposite =
    counts.rated === 0
      ? null
      : Math.round((Number(raw?.starPoints ?? 0) / counts.rated) * 100) / 100;
  rates.dutyRate = rateOf(duty.counted, duty.dutyDays);
  return { counts, rates, dutyDays: duty.dutyDays, dutyCounted: duty.counted };
}

/**
 * The period's figures. The county lists the orgs with appeals or responders in the period;
 * `paths` limits the orgs to those (every active one listed) and the county row is their sum.
 */
export async function computeFigures(
  db: Kysely<unknown>,
  period: Period,
  settings: FeedbackSettings,
  options: { paths?: string[]; orgCode?: string } = {},
): Promise<Figures> {
  const conditions = figureConditions(period, settings);
  // Positional aliases: the result keys are not case-converted (level_* would be).
  const counts = countFigures.map(
    (f, i) => sql`count(*) filter (where ${conditions[f]})::int as ${sql.raw(`c${i}`)}`,
  );
  const orgWhere = sql<boolean>`${pathFilterSql(options.paths)} and ${
    options.orgCode ? sql`o.code = ${options.orgCode}` : sql`true`
  }`;
  const { rows: rawRows } = await sql<Record<string, number>>`
    select o.id as org_id, ${sql.join(counts)},
      coalesce(sum(${starPointsSql(settings)}) filter (where ${conditions.rated}), 0)::float8
        as star_points
    from ${figuresFromSql}
    where ${periodRowsSql(period)} and ${orgWhere}
    group by o.id`.execute(db);
  const rows = rawRows.map(
    (r) =>
      ({
        orgId: Number(r['orgId']),
        starPoints: Number(r['starPoints']),
        ...Object.fromEntries(countFigures.map((f, i) => [f, Number(r[`c${i}`])])),
      }) as Raw,
  );
  const { rows: orgs } = await sql<{ id: number; code: string; name: string }>`
    select o.id, o.code, o.name from accounts_orgs o
    where ${orgWhere} and (${options.paths ? sql`o.is_active` : sql`false`}
      or o.id in (${sql.join([0, ...rows.map((r) => r.orgId)])})
      or exists (select 1 from feedback_responders r where r.org_id = o.id
        and r.since <= ${period.to}::date
        and (r.until is null or r.until >= ${period.from}::date)))
    order by o.path, o.sort_order, o.code`.execute(db);
  const duty = dutyByOrg(
    await computeDuty(db, { ...period, orgIds: orgs.map((o) => o.id) }, settings.dutyRule),
  );
  const none = { dutyDays: 0, counted: 0 };
  const byOrg = new Map(rows.map((r) => [Number(r.orgId), r]));
  const orgFigures = orgs.map((o) => ({
    orgId: o.id,
    code: o.code,
    name: o.name,
    ...setOf(byOrg.get(Number(o.id)), duty.get(Number(o.id)) ?? none),
  }));
  const total = Object.fromEntries(
    [...countFigures, 'starPoints'].map((f) => [
      f,
      rows.reduce((sum, r) => sum + Number(r[f as CountFigure]), 0),
    ]),
  ) as Raw;
  const dutyTotal = [...duty.values()].reduce(
    (sum, d) => ({ dutyDays: sum.dutyDays + d.dutyDays, counted: sum.counted + d.counted }),
    none,
  );
  return { ...period, county: setOf(total, dutyTotal), orgs: orgFigures };
}

export interface FigureRecord {
  trackingNumber: string;
  kind: string;
  subject: string;
  state: string;
  orgName: string;
  receivedOn: string;
  firstReplyOn: string | null;
  replyDueOn: string | null;
  closedOn: string | null;
  completeDueOn: string | null;
  level: string | null;
}

/** Exactly the appeals a count figure counts (same condition), of one org or all visible ones. */
export async function listFigureRecords(
  db: Kysely<unknown>,
  period: Period,
  settings: FeedbackSettings,
  figure: CountFigure,
  options: { paths?: string[]; orgCode?: string },
): Promise<FigureRecord[]> {
  const condition = figureConditions(period, settings)[figure];
  const { rows } = await sql<FigureRecord>`
    select a.tracking_number, a.kind, a.subject, a.state, o.name as org_name,
      a.received_on::text, a.first_reply_on::text, rk.due_on::text as reply_due_on,
      a.closed_on::text, ck.due_on::text as complete_due_on, lr.level
    from ${figuresFromSql}
    where ${periodRowsSql(period)} and ${condition} and ${pathFilterSql(options.paths)}
      and ${options.orgCode ? sql`o.code = ${options.orgCode}` : sql`true`}
    order by a.received_on, a.id
    limit 5000`.execute(db);
  return rows;
}
