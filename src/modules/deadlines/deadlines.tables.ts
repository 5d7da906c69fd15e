import type { ColumnType, Generated } from 'kysely';
import type { ClockEventKind, ClockLight, ClockState, ClockUnit } from './clock.model.ts';

type Timestamp = ColumnType<Date, Date, Date>;

/** `deadlines_clocks`: the rule and, as a projection of the events, the derived state. */
export interface DeadlinesClocksTable {
  id: Generated<number>;
  matterType: string;
  matterId: string;
  purpose: string;
  title: Generated<string>;
  orgId: number;
  ownerUserId: number | null;
  unit: ClockUnit;
  limitDays: number;
  yellowDays: number;
  extensionCapDays: number;
  maxExtensions: number;
  rollForward: boolean;
  state: ClockState;
  startOn: string;
  dueOn: string | null;
  yellowOn: string | null;
  stoppedOn: string | null;
  fixedLight: ClockLight | null;
  basis: 'official' | 'provisional';
  calendarVersion: string;
  createdAt: ColumnType<Date, Date | undefined, Date>;
  projectedAt: Timestamp;
}

/** `deadlines_clock_events`: append-only. */
export interface DeadlinesClockEventsTable {
  id: Generated<number>;
  clockId: number;
  seq: number;
  kind: ClockEventKind;
  onDate: string;
  reasonCode: Generated<string>;
  legalBasis: Generated<string>;
  days: number | null;
  approver: Generated<string>;
  reason: Generated<string>;
  outcome: Generated<string>;
  recordedAt: Timestamp;
  actorName: string;
}

/** `deadlines_due_dates`: append-only history of each clock's due date and its calendar version. */
export interface DeadlinesDueDatesTable {
  id: Generated<number>;
  clockId: number;
  dueOn: string | null;
  basis: 'official' | 'provisional';
  calendarVersion: string;
  cause: 'event' | 'calendar';
  eventSeq: number | null;
  recordedAt: Timestamp;
}

export interface DeadlinesTables {
  deadlinesClocks: DeadlinesClocksTable;
  deadlinesClockEvents: DeadlinesClockEventsTable;
  deadlinesDueDates: DeadlinesDueDatesTable;
}
