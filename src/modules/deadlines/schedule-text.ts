/**
 * A year's schedule as an administrator types it, one line per date or range:
 *   2027-01-01 休 元旦
 *   2027-02-05..2027-02-12 休 春节
 *   2027-02-20 班 春节
 * (`休`/`holiday` = a day off, `班`/`workday` = a make-up working day). Each bad line is reported
 * with its number; an .ics upload is turned into these lines for the administrator to check.
 */
import { addDays, isLocalDate, type LocalDate } from '../../platform/calendar/index.ts';

export interface ScheduleDay {
  date: LocalDate;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface LineProblem {
  line: number;
  text: string;
}

const kinds: Record<string, 'holiday' | 'workday'> = {
  休: 'holiday',
  holiday: 'holiday',
  班: 'workday',
  workday: 'workday',
};

const linePattern =
  /^(\d{4}-\d{2}-\d{2})(?:\s*(?:\.\.|至|~)\s*(\d{4}-\d{2}-\d{2}))?\s+(\S+)\s+(.{1,100})$/;

/** The days of the text, or the problems of its lines (numbered from 1). */
export function parseScheduleText(
  text: string,
): { ok: true; days: ScheduleDay[] } | { ok: false; problems: LineProblem[] } {
  const days: ScheduleDay[] = [];
  const problems: LineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = linePattern.exec(line);
    const kind = match ? kinds[match[3]!.toLowerCase()] : undefined;
    const first = match?.[1] ?? '';
    const last = match?.[2] ?? first;
    if (!match || !kind || !isLocalDate(first) || !isLocalDate(last) || last < first) {
      problems.push({ line: index + 1, text: line });
      return;
    }
    for (let date = first; date <= last; date = addDays(date, 1)) {
      days.push({ date, kind, name: match[4]!.trim() });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, days };
}

/** Days back into lines, consecutive days of one kind and name joined into a range. */
export function formatScheduleText(days: readonly ScheduleDay[]): string {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lines: string[] = [];
  let run: { first: string; last: string; kind: string; name: string } | undefined;
  const flush = () => {
    if (!run) return;
    const when = run.first === run.last ? run.first : `${run.first}..${run.last}`;
    lines.push(`${when} ${run.kind === 'holiday' ? '休' : '班'} ${run.name}`);
  };
  for (const day of sorted) {
    if (
      run &&
      run.kind === day.kind &&
      run.name === day.name &&
      addDays(run.last, 1) === day.date
    ) {
      run.last = day.date;
      continue;
    }
    flush();
    run = { first: day.date, last: day.date, kind: day.kind, name: day.name };
  }
  flush();
  return lines.join('\n');
}
