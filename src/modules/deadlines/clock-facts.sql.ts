/**
 * Facts about a clock that other modules' queries need in SQL, so that only this module knows
 * the events table: whether the clock was ever extended (行政许可法第42条 extensions are
 * `extend` events).
 */
import { sql, type RawBuilder } from 'kysely';

/** True when the clock `clockId` (a column reference such as `c.clock_id`) has an extension. */
export function clockExtendedSql(clockId: string): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from deadlines_clock_events ext
    where ext.clock_id = ${sql.ref(clockId)} and ext.kind = 'extend')`;
}
