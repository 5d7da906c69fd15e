/**
 * "How this date was computed", in Chinese and English: the start, each restart, pause and
 * extension, every holiday or make-up working day that moved the date, and the result. The CLI's
 * `calendar explain`, the public calculator and each clock's page print these same lines.
 */
import {
  addDays,
  runsOf,
  type Calendar,
  type CalendarDay,
  type DayRun,
  type LocalDate,
} from '../../platform/calendar/index.ts';
import type { ClockView } from './clock.derive.ts';

export type ExplanationLocale = 'zh-CN' | 'en';

const weekdays = {
  'zh-CN': ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

function weekday(calendar: Calendar, date: LocalDate, locale: ExplanationLocale): string {
  return weekdays[locale][calendar.day(date).weekday]!;
}

/** Where a day's status comes from, for the explanation's parentheses. */
export function dayBasisText(
  day: CalendarDay,
  calendar: Calendar,
  locale: ExplanationLocale,
): string {
  const zh = locale === 'zh-CN';
  switch (day.source) {
    case 'override':
      return zh
        ? `管理员录入${day.sourceDocument ? `，${day.sourceDocument}` : ''}`
        : `entered by an administrator${day.sourceDocument ? `, ${day.sourceDocument}` : ''}`;
    case 'published':
      return zh
        ? `国务院办公厅放假安排，${calendar.publishedSource}`
        : `State Council schedule, ${calendar.publishedSource}`;
    case 'provisional':
      return zh
        ? '暂定，按《全国年节及纪念日放假办法》推算'
        : 'provisional, computed from the national holiday rules';
    default:
      if (!day.sourceDocument) return '';
      return zh
        ? `${day.date.slice(0, 4)} 年放假安排已录入，${day.sourceDocument}`
        : `${day.date.slice(0, 4)} schedule entered, ${day.sourceDocument}`;
  }
}

/** One line for a run of holidays or make-up days, e.g. "2025-04-04 至 2025-04-06 清明放假 3 天…". */
export function describeRun(run: DayRun, calendar: Calendar, locale: ExplanationLocale): string {
  const zh = locale === 'zh-CN';
  const when =
    run.first === run.last
      ? run.first
      : zh
        ? `${run.first} 至 ${run.last}`
        : `${run.first} to ${run.last}`;
  const first = run.days[0]!;
  const source = dayBasisText(first, calendar, locale);
  const name = (zh ? run.name : (first.nameEn ?? run.name)) ?? '';
  const days = run.days.map((d) => weekdays[locale][d.weekday]!).join(zh ? '、' : ', ');
  if (run.kind === 'makeup_workday') {
    return zh
      ? `${when} ${days} ${name}调休上班，计入（${source}）`
      : `${when} ${days}: ${name} make-up working day, counted (${source})`;
  }
  if (run.kind === 'holiday') {
    const weekdaysLost = run.days.filter((d) => d.weekday !== 0 && d.weekday !== 6).length;
    const substitutes = run.days.filter((d) => d.substituteFor).map((d) => d.date);
    if (zh) {
      const extra = substitutes.length > 0 ? `，含补假 ${substitutes.join('、')}` : '';
      return `${when} ${name}放假 ${run.days.length} 天，其中 ${weekdaysLost} 个周一至周五不计入${extra}（${source}）`;
    }
    const extra =
      substitutes.length > 0 ? `, including days in lieu ${substitutes.join(', ')}` : '';
    return `${when} ${name} holiday, ${run.days.length} day(s); ${weekdaysLost} weekday(s) not counted${extra} (${source})`;
  }
  return zh ? `${when} ${name}：工作日（${source}）` : `${when} ${name}: working day (${source})`;
}

function unitText(view: ClockView, locale: ExplanationLocale): string {
  if (locale === 'zh-CN') return view.rule.unit === 'working' ? '个工作日' : '个自然日';
  return view.rule.unit === 'working' ? 'working day(s)' : 'calendar day(s)';
}

function countLines(view: ClockView, calendar: Calendar, locale: ExplanationLocale): string[] {
  const zh = locale === 'zh-CN';
  const unit = unitText(view, locale);
  const lines: string[] = [];
  for (const r of view.restarts) {
    lines.push(
      zh
        ? `${r.from} 起算的计时于 ${r.on} 重新起算${r.reason ? `（${r.reason}）` : ''}`
        : `The count from ${r.from} restarted on ${r.on}${r.reason ? ` (${r.reason})` : ''}`,
    );
  }
  lines.push(
    zh
      ? `起算日 ${view.startOn}（${weekday(calendar, view.startOn, locale)}），当日不计；期限 ${view.rule.limitDays} ${unit}`
      : `Start ${view.startOn} (${weekday(calendar, view.startOn, locale)}), not counted; limit ${view.rule.limitDays} ${unit}`,
  );
  const due = view.dueOn ?? view.dueBeforePause;
  for (const p of view.pauses) {
    const why = [p.reasonCode, p.legalBasis].filter(Boolean).join(zh ? '，' : ', ');
    const reason = why ? (zh ? `（${why}）` : ` (${why})`) : '';
    if (!p.excluded) {
      lines.push(
        zh
          ? `${p.pausedOn} 起暂停${reason}，恢复后重新计算期满日`
          : `Paused from ${p.pausedOn}${reason}; the due date is set again when the clock resumes`,
      );
      continue;
    }
    const after = due !== null && p.excluded.first > due;
    lines.push(
      zh
        ? `暂停 ${p.pausedOn} 至 ${p.excluded.last}，${p.resumedOn} 恢复计时：其间 ${p.excludedDays} ${unit}不计入${reason}` +
            (after ? '（在期满日之后，不影响结果）' : '')
        : `Paused ${p.pausedOn} to ${p.excluded.last}, resumed ${p.resumedOn}: ${p.excludedDays} ${unit} not counted${reason}` +
            (after ? ' (after the due date: no effect)' : ''),
    );
  }
  for (const e of view.extensions) {
    lines.push(
      zh
        ? `${e.on} 延长 ${e.grantedDays} ${unit}（批准人：${e.approver}；理由：${e.reason}）`
        : `Extended on ${e.on} by ${e.grantedDays} ${unit} (approved by ${e.approver}; reason: ${e.reason})`,
    );
  }
  return lines;
}

function resultLines(view: ClockView, calendar: Calendar, locale: ExplanationLocale): string[] {
  const zh = locale === 'zh-CN';
  const unit = unitText(view, locale);
  const lines: string[] = [];
  const due = view.dueOn;
  if (due === null) {
    lines.push(
      zh
        ? `暂停中；暂停前的期满日为 ${view.dueBeforePause}，已用 ${view.usedDays}、剩余 ${view.leftDays} ${unit}`
        : `Paused; the due date before the pause was ${view.dueBeforePause}; ${view.usedDays} used, ${view.leftDays} ${unit} left`,
    );
    return lines;
  }
  const last = view.asOf > due ? view.asOf : due;
  if (view.totalDays > 0 || view.asOf > due) {
    for (const run of runsOf(calendar.explain(addDays(view.startOn, 1), last))) {
      lines.push(describeRun(run, calendar, locale));
    }
  }
  if (view.rolledFrom) {
    lines.push(
      zh
        ? `第 ${view.totalDays} 日 ${view.rolledFrom} 不是工作日，顺延至 ${due}（${weekday(calendar, due, locale)}）`
        : `Day ${view.totalDays}, ${view.rolledFrom}, is not a working day: moved on to ${due} (${weekday(calendar, due, locale)})`,
    );
  } else {
    const ordinal = view.rule.unit === 'working' ? '个工作日' : '日';
    lines.push(
      zh
        ? `第 ${view.totalDays} ${ordinal}：${due}（${weekday(calendar, due, locale)}）`
        : `${view.rule.unit === 'working' ? 'Working day' : 'Day'} ${view.totalDays}: ${due} (${weekday(calendar, due, locale)})`,
    );
  }
  if (view.state === 'stopped') {
    const verdict = view.late
      ? zh
        ? `逾期 ${view.overdueDays} ${unit}`
        : `late by ${view.overdueDays} ${unit}`
      : zh
        ? '在期限内'
        : 'on time';
    lines.push(
      zh
        ? `${view.stoppedOn} 结束（${view.outcome}）：${verdict}`
        : `Stopped on ${view.stoppedOn} (${view.outcome}): ${verdict}`,
    );
  }
  return lines;
}

/** The provisional warning for an answer resting on unpublished years, or null. */
export function provisionalText(
  years: readonly number[],
  locale: ExplanationLocale,
): string | null {
  if (years.length === 0) return null;
  return locale === 'zh-CN'
    ? `暂定：${years.join('、')} 年放假安排尚未公布，按法定节假日推算`
    : `Provisional: the ${years.join(', ')} holiday schedule${years.length > 1 ? 's are' : ' is'} not published yet; computed from the statutory holidays`;
}

/** The explanation of a clock, one line per fact, in one language. */
export function explainClock(
  view: ClockView,
  calendar: Calendar,
  locale: ExplanationLocale,
): string[] {
  return [...countLines(view, calendar, locale), ...resultLines(view, calendar, locale)];
}
