/**
 * The public deadline calculator (办理时限计算器): a receipt date, a limit and up to three pauses
 * in, the due date and its explanation out — the same derivation every clock uses.
 */
import { z } from 'zod';
import { isLocalDate, type Calendar } from '../../platform/calendar/index.ts';
import { deriveClock, type ClockView } from './clock.derive.ts';
import { explainClock, provisionalText, type ExplanationLocale } from './clock.explain.ts';
import { workingDaysRule, type ClockEvent } from './clock.model.ts';

export const pauseSlots = [1, 2, 3] as const;

const date = (key: string) => z.string().trim().refine(isLocalDate, key);
const optionalDate = (key: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isLocalDate(v), key);

export const calculatorQuery = z
  .object({
    receivedOn: date('calculator.error.receivedOn'),
    days: z.coerce
      .number({ message: 'calculator.error.days' })
      .int('calculator.error.days')
      .min(0, 'calculator.error.days')
      .max(365, 'calculator.error.days'),
    unit: z.enum(['working', 'calendar'], { message: 'calculator.error.unit' }).default('working'),
    ...Object.fromEntries(
      pauseSlots.flatMap((n) => [
        [`pause${n}From`, optionalDate('calculator.error.pauseDate')],
        [`pause${n}To`, optionalDate('calculator.error.pauseDate')],
      ]),
    ),
  })
  .superRefine((input, ctx) => {
    const values = input as unknown as Record<string, string | undefined>;
    let previousEnd = input.receivedOn;
    for (const n of pauseSlots) {
      const from = values[`pause${n}From`];
      const to = values[`pause${n}To`];
      if (!from && !to) continue;
      const problem = (message: string) =>
        ctx.addIssue({ code: 'custom', path: [`pause${n}From`], message });
      if (!from || !to) problem('calculator.error.pauseBoth');
      else if (to < from) problem('calculator.error.pauseOrder');
      else if (from < previousEnd) problem('calculator.error.pauseAfter');
      else previousEnd = to;
    }
  });

export type CalculatorInput = z.infer<typeof calculatorQuery>;

export interface CalculatorResult {
  view: ClockView;
  provisional: string | null;
  explanation: string[];
}

export function calculate(
  calendar: Calendar,
  input: CalculatorInput,
  locale: ExplanationLocale,
): CalculatorResult {
  const values = input as unknown as Record<string, string | undefined>;
  const events: ClockEvent[] = [{ kind: 'start', on: input.receivedOn }];
  for (const n of pauseSlots) {
    const from = values[`pause${n}From`];
    const to = values[`pause${n}To`];
    if (!from || !to) continue;
    events.push(
      { kind: 'pause', on: from, reasonCode: '', legalBasis: '' },
      { kind: 'resume', on: to },
    );
  }
  const rule = { ...workingDaysRule(input.days), unit: input.unit };
  const view = deriveClock(calendar, rule, events, input.receivedOn);
  return {
    view,
    provisional: provisionalText(view.provisionalYears, locale),
    explanation: explainClock(view, calendar, locale),
  };
}
