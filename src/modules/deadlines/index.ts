/**
 * Deadline clocks (ARCHITECTURE.md §2.2, ADR 0007): every matter with a time limit owns a clock
 * whose append-only events (start, pause, resume, extend, restart, stop) are the truth; due date,
 * days used and left, state, light and the explanation are derived on the working-day calendar.
 * Also: re-dating open clocks when the calendar changes, the console's calendar page, the public
 * deadline calculator and the counts supervision reads.
 *
 * Example: `const { clockId } = await startClock(trx, clock, ctx, { matterType: 'foi',
 * matterId: '2026-0001', purpose: 'reply', orgId, rule: foiReplyRule, startOn: '2026-03-02' });
 * await recordClockEvent(trx, clock, ctx, clockId, { kind: 'pause', on: '2026-03-05',
 * reasonCode: 'third_party_consultation', legalBasis: '条例第33条第2款' });`
 */
import type { AppModule } from '../../platform/app-module.ts';
import { deadlinesOpenApi } from './deadlines.openapi.ts';
import { deadlinesMessages } from './deadlines.messages.ts';
import { deadlinesRoutes } from './deadlines.routes.tsx';

export const deadlinesModule: AppModule = {
  name: 'deadlines',
  routes: deadlinesRoutes,
  messages: deadlinesMessages,
  seeders: [],
  openapi: deadlinesOpenApi,
};

export type {
  ClockEvent,
  ClockEventKind,
  ClockLight,
  ClockRule,
  ClockState,
  ClockUnit,
} from './clock.model.ts';
export { foiReplyRule, workingDaysRule } from './clock.model.ts';
export type { ClockView, DerivedPause, DerivedExtension } from './clock.derive.ts';
/** The clock as of a day, from its rule and events (pure). */
export { deriveClock } from './clock.derive.ts';
/** Throws validation / invalid_state unless an event may follow the others. */
export { checkNextEvent } from './clock.events.ts';
/** "How this date was computed", one line per fact, zh-CN or en. */
export { explainClock, describeRun, dayBasisText, provisionalText } from './clock.explain.ts';
export type { ExplanationLocale } from './clock.explain.ts';
/**
 * startClock (conflict clock_exists, validation clock_*), recordClockEvent (not_found
 * clock_not_found, validation / invalid_state clock_*), readClock: each takes a handle or the
 * caller's transaction and audits what it changes.
 */
export {
  startClock,
  recordClockEvent,
  readClock,
  deriveClocks,
  reassignClock,
  findClockIdOfMatter,
} from './deadlines.service.ts';
export type { StartClockInput, ClockRecord } from './deadlines.service.ts';
/** Re-dates open clocks on the current calendar; enterScheduleAndRedate does both in one transaction. */
export { redateOpenClocks, enterScheduleAndRedate } from './redate.service.ts';
export type { RedateReport } from './redate.service.ts';
export type { DeadlinesTables } from './deadlines.tables.ts';
/** Supervision's reads: open clocks per org/matter type/light, stopped ones per period, lists by light and due window. */
export {
  countOpenClocks,
  countStoppedClocks,
  listOpenClocks,
  clockLightSql,
} from './supervision.queries.ts';
export type { ClockCount, ClockListItem, CountFilter, ListFilter } from './supervision.queries.ts';
/** Bulk import of clocks whose events already happened (demo history), and SQL facts about clocks. */
export { importClocks, cachedCalendar } from './clock-import.ts';
export type { ImportedClock, ImportedClockResult } from './clock-import.ts';
export { clockExtendedSql } from './clock-facts.sql.ts';
