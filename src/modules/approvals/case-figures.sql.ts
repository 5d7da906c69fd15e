/**
 * The figures of RULES.md §4.5 [U] as conditions over a case `c` and its case clock `k`, shared by
 * the statistics (stats.queries.ts) and the case list's filters (cases-list.queries.ts), so that
 * a figure and the list it links to count the same cases. Definitions vary by locality: change
 * them here only.
 */
import { sql, type RawBuilder } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import { clockExtendedSql, clockLightSql } from '../deadlines/index.ts';

/** States that end a case (RULES.md §4.2): completed, or closed without completion. */
export const endedStatesSql = sql`('completed', 'refused', 'returned', 'withdrawn')`;

/**
 * 按时办结 (RULES.md §4.5): completed on or before the case clock's due date (the promised limit,
 * 承诺时限, with non-counted pauses and an approved extension, 行政许可法第42条).
 */
export const completedOnTimeSql: RawBuilder<boolean> = sql<boolean>`c.completed_on <= k.due_on`;

/** Completed after the due date: every completed case that is not on time (RULES.md §4.5). */
export const completedLateSql: RawBuilder<boolean> = sql<boolean>`not coalesce(
  ${completedOnTimeSql}, false)`;

/**
 * 提前办结 (RULES.md §4.5, 实际用时 < 承诺时限): completed strictly before the due date with no
 * extension granted; a 即办件 (due the day it is accepted) is never early.
 */
export const completedEarlySql: RawBuilder<boolean> = sql<boolean>`not c.is_instant
  and c.completed_on < k.due_on and not ${clockExtendedSql('c.clock_id')}`;

/** 在办超期 (RULES.md §4.4): still open on `today` and the case clock red (past the promised limit). */
export function openOverdueSql(today: LocalDate): RawBuilder<boolean> {
  return sql<boolean>`c.state not in ${endedStatesSql} and ${clockLightSql(today, 'k')} = 'red'`;
}
