/** The workflow steps as the item page sends them: form values to a service call and a redirect. */
import type { ModuleDeps } from '../../../platform/app-module.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { setPolicyValidity, startNewEdition } from '../editions.service.ts';
import { approveItem, returnToDraft, submitItem } from '../items.service.ts';
import { publishItem, scheduleItem, withdrawItem } from '../publish.service.ts';
import type { ValidityInput } from '../publishing.schemas.ts';
import { copyAttachments } from './attachments.service.ts';
import type { StepName } from './views/item-steps.tsx';
import { itemHref } from './views/labels.tsx';

/**
 * A `datetime-local` value (`2026-10-08T09:00`) as the instant it means in Beijing time; anything
 * else is passed on for the service to refuse with its field message.
 */
export function beijingInstant(value: string): Date | string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim());
  return match ? new Date(`${match[1]}T${match[2]}${match[3] ?? ':00'}+08:00`) : value;
}

/** Runs the step; returns where to go next (the item, or the new edition). */
export async function runStep(
  deps: ModuleDeps,
  ctx: ActionContext,
  id: number,
  step: StepName,
  values: Record<string, string>,
): Promise<string> {
  const { db, clock } = deps;
  const note = { note: values[`${step}Note`] ?? '' };
  const done = `${itemHref(id)}?done=${step}`;
  switch (step) {
    case 'submit':
      await submitItem(db, clock, ctx, id, note);
      return done;
    case 'approve':
      await approveItem(db, clock, ctx, id, note);
      return done;
    case 'reject':
      await returnToDraft(db, clock, ctx, id, note);
      return done;
    case 'publish': {
      const { warnings } = await publishItem(db, clock, ctx, id, note);
      const late = warnings.find((w) => w.code === 'publishing.warning.late');
      return late ? `${done}&late=${late.vars.days}` : done;
    }
    case 'schedule':
      await scheduleItem(db, clock, ctx, id, {
        scheduledAt: beijingInstant(values['scheduledAt'] ?? ''),
      });
      return done;
    case 'withdraw':
      await withdrawItem(db, clock, ctx, id, { reason: values['reason'] ?? '' });
      return done;
    case 'validity':
      await setPolicyValidity(db, clock, ctx, id, {
        validity: values['validity'] ?? '',
        replacedById: values['replacedById'] ?? '',
      } as ValidityInput);
      return done;
    case 'newEdition': {
      const next = await startNewEdition(db, clock, ctx, id);
      // The new edition keeps the attachments of the one it revises.
      await copyAttachments(db, id, next.id);
      return `${itemHref(next.id)}?done=newEdition`;
    }
  }
}
