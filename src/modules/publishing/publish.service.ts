/**
 * Publication: publish now or at a set time (the scheduler job publishes what is due), withdraw
 * with a reason, and a policy's validity. Publishing an edition supersedes the one it replaces.
 * Publishing more than 20 working days after the information was formed or changed is allowed
 * but returns and records a warning. Errors: validation (field errors), forbidden not_allowed,
 * not_found item_not_found, invalid_state item_state.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { loadCalendar, type Calendar } from '../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { systemContext, type ActionContext } from '../../platform/http/index.ts';
import type { Job } from '../../platform/jobs/index.ts';
import { publishingMessages } from './publishing.messages.ts';
import { publishWithinWorkingDays } from './publishing.model.ts';
import { ensureCanInChannel } from './publishing.policy.ts';
import { findItem, listDueItems, type Item } from './publishing.queries.ts';
import { noteInput, withdrawInput } from './publishing.schemas.ts';
import type { PublishingTables } from './publishing.tables.ts';
import {
  ensureStepFrom,
  invalid,
  loadForStep,
  parseInput,
  recordStep,
  type Trx,
} from './workflow.ts';

type Db = Kysely<PublishingTables>;

/** A warning the publisher sees (a catalog key and its values). */
export interface PublishWarning {
  code: 'publishing.warning.late';
  vars: { days: number };
}

export interface Published {
  item: Item;
  warnings: PublishWarning[];
}

/** The 条例第26条 check of a publication date. */
export function lateness(calendar: Calendar, formedOn: string, publishedOn: string) {
  const days = calendar.workingDaysBetween(formedOn, publishedOn).value;
  // 条例第26条: 自该政府信息形成或者变更之日起20个工作日内予以公开.
  const warnings: PublishWarning[] =
    days > publishWithinWorkingDays ? [{ code: 'publishing.warning.late', vars: { days } }] : [];
  return { days, warnings };
}

const zhLate = publishingMessages['zh-CN']['publishing.warning.late'];

/** Publishes a locked item in the caller's transaction; supersedes the edition it replaces. */
async function publishLocked(
  trx: Trx,
  ctx: ActionContext,
  at: Date,
  calendar: Calendar,
  id: number,
  step: 'publish' | 'publishScheduled',
  note: string,
): Promise<PublishWarning[]> {
  const { item, channel } = await loadForStep(trx, id);
  if (step === 'publish') ensureCanInChannel(ctx.actor, 'publish', channel.orgPath);
  const to = ensureStepFrom(item, step);
  const publishedOn = localDateOf(at);
  const { days, warnings } = lateness(calendar, item.formedOn, publishedOn);
  await trx
    .updateTable('publishingItems')
    .set({
      state: to,
      publishedOn,
      publishDelayWorkingDays: days,
      updatedBy: ctx.actor.id,
      updatedAt: at,
    })
    .where('id', '=', id)
    .execute();
  if (item.supersedesId !== null) {
    const { item: old } = await loadForStep(trx, item.supersedesId);
    if (old.state === 'published') {
      await trx
        .updateTable('publishingItems')
        .set({
          state: 'superseded',
          replacedById: old.type === 'policy' ? id : null,
          updatedBy: ctx.actor.id,
          updatedAt: at,
        })
        .where('id', '=', old.id)
        .execute();
      await recordStep(trx, ctx, at, {
        item: old,
        channel,
        from: 'published',
        to: 'superseded',
        action: 'supersede',
        note: `第${item.edition}版 #${id}`,
        summary: { supersededBy: id },
      });
    }
  }
  const warningText = warnings.map((w) => zhLate.replace('{days}', String(w.vars.days)));
  await recordStep(trx, ctx, at, {
    item,
    channel,
    from: item.state,
    to,
    action: step === 'publish' ? 'publish' : 'publish_scheduled',
    note: [note, ...warningText].filter(Boolean).join('；'),
    summary: { publishedOn, workingDaysAfterFormed: days, late: warnings.length > 0 },
  });
  return warnings;
}

/** Publishes an approved item now; returns it with any 条例第26条 warning. */
export async function publishItem(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: { note?: string } = {},
): Promise<Published> {
  const { note } = parseInput(noteInput, input);
  const calendar = await loadCalendar(db);
  const warnings = await (db as Db)
    .transaction()
    .execute((trx) => publishLocked(trx, ctx, clock.now(), calendar, id, 'publish', note));
  return { item: (await findItem(db, id))!, warnings };
}

const scheduleInput = z.object({
  scheduledAt: z.coerce.date({ message: 'publishing.error.scheduledAt' }),
});

/** Schedules an approved item for publication at a later time (the job publishes it). */
export async function scheduleItem(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: { scheduledAt: Date | string },
): Promise<Item> {
  const { scheduledAt } = parseInput(scheduleInput, input);
  const at = clock.now();
  if (Number.isNaN(scheduledAt.getTime()) || scheduledAt <= at) {
    throw invalid([{ field: 'scheduledAt', message: 'publishing.error.scheduledAt' }]);
  }
  await (db as Db).transaction().execute(async (trx) => {
    const { item, channel } = await loadForStep(trx, id);
    ensureCanInChannel(ctx.actor, 'publish', channel.orgPath);
    const to = ensureStepFrom(item, 'schedule');
    await trx
      .updateTable('publishingItems')
      .set({ state: to, scheduledAt, updatedBy: ctx.actor.id, updatedAt: at })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, ctx, at, {
      item,
      channel,
      from: item.state,
      to,
      action: 'schedule',
      summary: { scheduledAt: scheduledAt.toISOString() },
    });
  });
  return (await findItem(db, id))!;
}

/** Publishes every scheduled item that is due, as the system, in the caller's transaction. */
export async function publishDueItems(trx: Kysely<unknown>, clock: Clock): Promise<number> {
  const at = clock.now();
  const due = await listDueItems(trx, at);
  if (due.length === 0) return 0;
  const calendar = await loadCalendar(trx);
  const ctx = systemContext('publishing.scheduler');
  for (const id of due) {
    await publishLocked(trx as unknown as Trx, ctx, at, calendar, id, 'publishScheduled', '');
  }
  return due.length;
}

/** The scheduler: every minute, publishes what is due. */
export const publishDueJob: Job = {
  name: 'publishing.publish-due',
  everyMs: 60_000,
  run: ({ trx, clock }) => publishDueItems(trx, clock),
};

/** Withdraws a published or scheduled item; the reason is required and kept. */
export async function withdrawItem(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: { reason: string },
): Promise<Item> {
  const { reason } = parseInput(withdrawInput, input);
  await (db as Db).transaction().execute(async (trx) => {
    const { item, channel } = await loadForStep(trx, id);
    ensureCanInChannel(ctx.actor, 'publish', channel.orgPath);
    const to = ensureStepFrom(item, 'withdraw');
    const at = clock.now();
    await trx
      .updateTable('publishingItems')
      .set({ state: to, withdrawnReason: reason, updatedBy: ctx.actor.id, updatedAt: at })
      .where('id', '=', id)
      .execute();
    await recordStep(trx, ctx, at, {
      item,
      channel,
      from: item.state,
      to,
      action: 'withdraw',
      note: reason,
      summary: { reason },
    });
  });
  return (await findItem(db, id))!;
}
