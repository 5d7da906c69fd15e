/** What the handling steps share: field errors from this part's catalog, clocks, orgs, words. */
import { sql, type Kysely } from 'kysely';
import { invalidFields, type FieldError } from '../../../platform/errors/index.ts';
import { readClock, recordClockEvent } from '../../deadlines/index.ts';
import type { StepContext } from '../appeal-step.ts';
import { handlingMessages } from './handling.messages.ts';

export type HandlingKey = keyof (typeof handlingMessages)['zh-CN'];

/** A validation error naming one or more fields; messages are this part's catalog keys. */
export function fieldError(
  field: string,
  key: HandlingKey,
  vars?: Record<string, string | number>,
): never {
  const error: FieldError = { field, message: key, ...(vars ? { vars } : {}) };
  throw invalidFields([error], handlingMessages);
}

/** A message of this part in Chinese and English, with {placeholders} filled (notices, SMS). */
export function wordsOf(key: HandlingKey, vars: Record<string, string | number> = {}) {
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  return { zh: fill(handlingMessages['zh-CN'][key]), en: fill(handlingMessages.en[key]) };
}

/** A reason: trimmed, 1–500 characters, else a field error on `field`. */
export function requireReason(value: unknown, field = 'reason'): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || text.length > 500) fieldError(field, 'feedbackHandling.error.reason');
  return text;
}

/** Stops a clock unless it has already stopped; returns its limit in days. */
export async function stopClock(
  step: StepContext,
  clockId: number,
  outcome: string,
): Promise<number> {
  const { view } = await readClock(step.trx, step.clock, clockId, step.today);
  if (view.state === 'stopped') return view.rule.limitDays;
  const stopped = await recordClockEvent(step.trx, step.clock, step.ctx, clockId, {
    kind: 'stop',
    on: step.today,
    outcome,
  });
  return stopped.rule.limitDays;
}

export interface OrgChoice {
  id: number;
  code: string;
  name: string;
}

/** Active orgs, in tree order (for the forms' selects). */
export async function activeOrgs(db: Kysely<unknown>): Promise<OrgChoice[]> {
  const { rows } = await sql<OrgChoice>`
    select id, code, name from accounts_orgs where is_active order by path, id`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
