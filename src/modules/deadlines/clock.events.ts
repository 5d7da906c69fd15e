/**
 * Which event may come next: the events are append-only, so a wrong one is refused before it is
 * written. Messages name the field and what to fix, in Chinese and English.
 */
import { isLocalDate, type Calendar, type LocalDate } from '../../platform/calendar/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { deriveClock } from './clock.derive.ts';
import type { ClockEvent, ClockRule } from './clock.model.ts';

function refuse(code: string, field: string, zh: string, en: string): never {
  throw new AppError('validation', code, `${zh} / ${en}`, {
    fields: [{ field, message: `${zh} / ${en}` }],
  });
}

function wrongState(code: string, zh: string, en: string): never {
  throw new AppError('invalid_state', code, `${zh} / ${en}`);
}

const maxLimitDays = 1000;

/** A rule's numbers within sane bounds (limits up to 1000 days). */
export function checkRule(rule: ClockRule): void {
  const whole = (value: number, field: string, max: number) => {
    if (!Number.isInteger(value) || value < 0 || value > max) {
      refuse(
        'clock_bad_rule',
        field,
        `应为 0 到 ${max} 的整数`,
        `must be a whole number from 0 to ${max}`,
      );
    }
  };
  whole(rule.limitDays, 'limitDays', maxLimitDays);
  whole(rule.yellowDays, 'yellowDays', maxLimitDays);
  whole(rule.extensionCapDays, 'extensionCapDays', maxLimitDays);
  whole(rule.maxExtensions, 'maxExtensions', 10);
}

function checkDate(on: LocalDate, previous: LocalDate | undefined, today: LocalDate): void {
  if (!isLocalDate(on))
    refuse('clock_bad_date', 'on', '日期格式应为 YYYY-MM-DD', 'date must be YYYY-MM-DD');
  if (on > today)
    refuse('clock_future_date', 'on', `不能晚于今天 ${today}`, `cannot be after today, ${today}`);
  if (previous && on < previous) {
    refuse(
      'clock_date_before_previous',
      'on',
      `不能早于上一事件的日期 ${previous}`,
      `cannot be before the previous event's date, ${previous}`,
    );
  }
}

/**
 * Throws unless `next` may follow `events` under `rule` on `today`: validation (field errors) for
 * bad values, invalid_state for an event the clock's state does not allow.
 */
export function checkNextEvent(
  calendar: Calendar,
  rule: ClockRule,
  events: readonly ClockEvent[],
  next: ClockEvent,
  today: LocalDate,
): void {
  checkDate(next.on, events.at(-1)?.on, today);
  if (events.length === 0) {
    if (next.kind !== 'start')
      wrongState('clock_not_started', '计时尚未开始', 'the clock has not started');
    return;
  }
  if (next.kind === 'start')
    wrongState('clock_started', '计时已经开始', 'the clock has already started');
  const view = deriveClock(calendar, rule, events, today);
  if (view.state === 'stopped')
    wrongState('clock_stopped', '计时已经结束', 'the clock has stopped');
  switch (next.kind) {
    case 'pause':
      if (view.state === 'paused')
        wrongState('clock_paused', '计时已暂停', 'the clock is already paused');
      if (!next.reasonCode.trim())
        refuse(
          'clock_reason_required',
          'reasonCode',
          '请填写暂停原因',
          'give the reason for the pause',
        );
      if (!next.legalBasis.trim())
        refuse(
          'clock_basis_required',
          'legalBasis',
          '请填写暂停的法律依据',
          'give the legal basis for the pause',
        );
      return;
    case 'resume':
      if (view.state !== 'paused')
        wrongState('clock_not_paused', '计时未暂停', 'the clock is not paused');
      return;
    case 'extend':
      return checkExtension(
        view.extensions.length,
        view.totalDays - rule.limitDays,
        view.dueOn ?? view.dueBeforePause!,
        rule,
        next,
      );
    default:
      return;
  }
}

function checkExtension(
  count: number,
  granted: number,
  due: LocalDate,
  rule: ClockRule,
  next: Extract<ClockEvent, { kind: 'extend' }>,
): void {
  if (count >= rule.maxExtensions) {
    wrongState(
      'clock_extension_limit',
      `最多延长 ${rule.maxExtensions} 次`,
      `at most ${rule.maxExtensions} extension(s) allowed`,
    );
  }
  const left = rule.extensionCapDays - granted;
  if (!Number.isInteger(next.days) || next.days < 1 || next.days > left) {
    refuse(
      'clock_extension_cap',
      'days',
      `延长天数应为 1 到 ${left} 的整数（上限 ${rule.extensionCapDays} 天）`,
      `extension days must be a whole number from 1 to ${left} (cap ${rule.extensionCapDays})`,
    );
  }
  // 条例第33条: an extension is approved before the period runs out.
  if (next.on > due) {
    refuse(
      'clock_extension_late',
      'on',
      `期限已于 ${due} 届满，不能再延长`,
      `the period ended on ${due}; it can no longer be extended`,
    );
  }
  if (!next.approver.trim())
    refuse(
      'clock_approver_required',
      'approver',
      '请填写批准人',
      'give who approved the extension',
    );
  if (!next.reason.trim())
    refuse(
      'clock_reason_required',
      'reason',
      '请填写延长理由',
      'give the reason for the extension',
    );
}
