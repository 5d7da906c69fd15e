/**
 * The figures of supervision (issue 7's contract, RULES.md §4.4–4.5 [U]) as conditions over a
 * supervised matter `m` (supervision_matters) and its clock `k` (deadlines_clocks, left-joined),
 * shared by the summary, the tables per org/type/month and the drill-down list, so that a number
 * and the list it links to count the same matters. Definitions vary by locality: change them here.
 */
import { sql, type RawBuilder } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';

export const figures = [
  'accepted',
  'completed',
  'onTime',
  'early',
  'overdueCompleted',
  'overdueOpen',
  'returned',
  'returnedWithoutReason',
  'refused',
  'green',
  'yellow',
  'red',
] as const;
export type Figure = (typeof figures)[number];

export interface Period {
  from: LocalDate;
  to: LocalDate;
  /** The day open matters are taken on: `to`, or today when `to` is later. */
  asOf: LocalDate;
}

type Condition = RawBuilder<boolean>;

/** The matters a period covers: accepted in it, or refused (不予受理, never accepted) in it. */
export function inPeriodSql(p: Period): Condition {
  // period_on: the acceptance date, or the refusal date of a matter never accepted (migration 0015).
  return sql<boolean>`m.period_on between ${p.from}::date and ${p.to}::date`;
}

/**
 * The light of a matter still open on `asOf` (RULES.md §4.4): red past its due date, yellow from
 * its yellow date (the clock rule's threshold, default 1 working day before), else green; a paused
 * clock keeps the light it had. A 即办件 is due on its acceptance day, so it is red the next day.
 */
function lightAsOfSql(asOf: LocalDate) {
  return sql<string>`case when k.id is null then null
    when k.state = 'paused' then k.fixed_light
    when k.due_on < ${asOf}::date then 'red'
    when k.yellow_on <= ${asOf}::date then 'yellow' else 'green' end`;
}

/** Every figure's condition, within the period's matters. */
export function figureConditions(p: Period): Record<Figure, Condition> {
  const accepted = sql<boolean>`m.accepted_on between ${p.from}::date and ${p.to}::date`;
  const completed = sql<boolean>`${accepted} and m.outcome = 'completed'`;
  // Completed on or before the due date (承诺时限, non-counted pauses and extensions included).
  const onTime = sql<boolean>`coalesce(m.outcome_on <= k.due_on, false)`;
  // Still open on asOf: not ended, or ended after it.
  const open = sql<boolean>`${accepted} and (m.outcome is null or m.outcome_on > ${p.asOf}::date)`;
  const light = lightAsOfSql(p.asOf);
  const returned = sql<boolean>`${accepted} and m.outcome = 'returned'`;
  return {
    accepted,
    completed,
    onTime: sql<boolean>`${completed} and ${onTime}`,
    // 提前办结 (RULES.md §4.5): fewer working days used than promised — before the due date, never
    // extended; a 即办件 (promised 0) cannot be early.
    early: sql<boolean>`${completed} and not m.is_instant and not m.extended
      and m.outcome_on < k.due_on`,
    overdueCompleted: sql<boolean>`${completed} and not ${onTime}`,
    overdueOpen: sql<boolean>`${open} and ${light} = 'red'`,
    returned,
    // 无故退回: returned with no stated reason (RULES.md §4.2: a return must state its reasons).
    returnedWithoutReason: sql<boolean>`${returned} and btrim(m.outcome_reason) = ''`,
    refused: sql<boolean>`m.accepted_on is null and m.outcome = 'refused'
      and m.outcome_on between ${p.from}::date and ${p.to}::date`,
    green: sql<boolean>`${open} and ${light} = 'green'`,
    yellow: sql<boolean>`${open} and ${light} = 'yellow'`,
    red: sql<boolean>`${open} and ${light} = 'red'`,
  };
}

/** The matter's light as of the period's day (null once ended), for lists. */
export function listLightSql(p: Period) {
  return sql<string | null>`case when m.outcome is null or m.outcome_on > ${p.asOf}::date
    then ${lightAsOfSql(p.asOf)} end`;
}
