/** A clock's rule and events: the inputs from which everything about a deadline is derived. */
import type { LocalDate } from '../../platform/calendar/index.ts';

/** `working`: 工作日 (条例第33条, 行政许可法第82条); `calendar`: 日 where the law counts plain days. */
export type ClockUnit = 'working' | 'calendar';

export interface ClockRule {
  unit: ClockUnit;
  /** The limit, counted after the start day (which does not count); 0 = due on the start day (即办件). */
  limitDays: number;
  /** Yellow when this many days or fewer are left (RULES.md §4.4 default: 1 working day). */
  yellowDays: number;
  /** The most all extensions together may add (条例第33条: 20 working days); 0 = none allowed. */
  extensionCapDays: number;
  /** How many extensions may be granted (条例第33条: once). */
  maxExtensions: number;
  /** Calendar-day limits only: a due date on a non-working day moves to the next working day. */
  rollForward: boolean;
}

export type ClockState = 'running' | 'paused' | 'stopped';
export type ClockLight = 'green' | 'yellow' | 'red';

export type ClockEvent =
  | { kind: 'start'; on: LocalDate }
  /** `reasonCode` names the rule (e.g. third_party_consultation), `legalBasis` the article. */
  | { kind: 'pause'; on: LocalDate; reasonCode: string; legalBasis: string }
  | { kind: 'resume'; on: LocalDate }
  | { kind: 'extend'; on: LocalDate; days: number; approver: string; reason: string }
  /** 补正 received on `on`: a fresh count from that day (working-days.json conventions). */
  | { kind: 'restart'; on: LocalDate; reason: string }
  | { kind: 'stop'; on: LocalDate; outcome: string };

export type ClockEventKind = ClockEvent['kind'];

export const clockEventKinds = [
  'start',
  'pause',
  'resume',
  'extend',
  'restart',
  'stop',
] as const satisfies readonly ClockEventKind[];

export const clockUnits = ['working', 'calendar'] as const satisfies readonly ClockUnit[];
export const clockLights = ['green', 'yellow', 'red'] as const satisfies readonly ClockLight[];
export const clockStates = [
  'running',
  'paused',
  'stopped',
] as const satisfies readonly ClockState[];

/** The rule of a plain limit in working days: no extensions, yellow 1 day before (RULES.md §4.4). */
export function workingDaysRule(limitDays: number, overrides: Partial<ClockRule> = {}): ClockRule {
  return {
    unit: 'working',
    limitDays,
    yellowDays: 1,
    extensionCapDays: 0,
    maxExtensions: 0,
    rollForward: false,
    ...overrides,
  };
}

/** 条例第33条: 20 working days, one extension of at most 20 working days. */
export const foiReplyRule: ClockRule = workingDaysRule(20, {
  extensionCapDays: 20,
  maxExtensions: 1,
});
