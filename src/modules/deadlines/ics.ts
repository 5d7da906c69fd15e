/**
 * Holiday calendars in iCalendar (RFC 5545) form, as published for 法定节假日: all-day VEVENTs
 * whose SUMMARY names the holiday and marks make-up working days with 班 (e.g. "春节 休",
 * "春节 补班"). Only what a schedule needs is read: DTSTART/DTEND dates and SUMMARY.
 */
import { addDays, isLocalDate } from '../../platform/calendar/index.ts';
import type { ScheduleDay } from './schedule-text.ts';

function unfold(text: string): string[] {
  return text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

function dateOf(value: string | undefined): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isLocalDate(date) ? date : null;
}

function unescape(value: string): string {
  return value.replace(/\\([,;\\nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
}

/** Days off and make-up days in the .ics text; throws nothing, returns [] for no events. */
export function daysOfIcs(text: string): ScheduleDay[] {
  const days: ScheduleDay[] = [];
  let event: Record<string, string> | null = null;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT' && event) {
      days.push(...eventDays(event));
      event = null;
    } else if (event) {
      const colon = line.indexOf(':');
      if (colon > 0)
        event[line.slice(0, colon).split(';')[0]!.toUpperCase()] = line.slice(colon + 1);
    }
  }
  return days;
}

function eventDays(event: Record<string, string>): ScheduleDay[] {
  const first = dateOf(event.DTSTART);
  if (!first) return [];
  // DTEND of an all-day event is exclusive; absent, the event is one day.
  const end = dateOf(event.DTEND);
  const last = end && end > first ? addDays(end, -1) : first;
  const summary = unescape(event.SUMMARY ?? '').trim();
  const kind = /班/.test(summary) ? 'workday' : 'holiday';
  const name =
    summary
      .replace(/[（(]?(补班|上班|调休|休息|放假|班|休)[)）]?/g, '')
      .replace(/[\s·:：-]+$/, '')
      .trim()
      .slice(0, 100) || (kind === 'holiday' ? '节假日' : '调休上班');
  const days: ScheduleDay[] = [];
  for (let date = first; date <= last && days.length < 366; date = addDays(date, 1)) {
    days.push({ date, kind, name });
  }
  return days;
}
