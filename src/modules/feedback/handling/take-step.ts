/** A step's form values handed to its service (the services check every value themselves). */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { stepFieldName, type StepName } from './appeal-detail.ts';
import {
  assignAppeal,
  claimAppeal,
  closeAppeal,
  extendAppeal,
  invalidateAppeal,
  replyToAppeal,
  returnToDispatch,
  transferAppeal,
} from './steps.ts';

export async function takeStep(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  number: string,
  step: StepName,
  values: Record<string, string>,
): Promise<void> {
  const reason = values[stepFieldName(step, 'reason')] ?? values['reason'] ?? '';
  const orgCode = values[stepFieldName(step, 'orgCode')] ?? values['orgCode'] ?? '';
  switch (step) {
    case 'assign':
      await assignAppeal(db, clock, ctx, number, { orgCode });
      return;
    case 'claim':
      await claimAppeal(db, clock, ctx, number);
      return;
    case 'transfer':
      await transferAppeal(db, clock, ctx, number, { orgCode, reason });
      return;
    case 'return':
      await returnToDispatch(db, clock, ctx, number, { reason });
      return;
    case 'reply':
      await replyToAppeal(db, clock, ctx, number, {
        privateText: values['privateText'] ?? '',
        publicText: values['publicText'] ?? '',
        close: values['close'] === 'yes',
      });
      return;
    case 'extend': {
      const days = /^\s*\d+\s*$/.test(values['days'] ?? '') ? Number(values['days']) : 0;
      await extendAppeal(db, clock, ctx, number, { days, reason });
      return;
    }
    case 'close':
      await closeAppeal(db, clock, ctx, number, {
        outcome: values['outcome'] ?? '',
        note: values['note'] ?? '',
      });
      return;
    case 'invalidate':
      await invalidateAppeal(db, clock, ctx, number, { reason });
      return;
  }
}
