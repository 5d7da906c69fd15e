/** Test helpers of the site-health part: publish an item of a type in a channel on a given day. */
import type { Kysely } from 'kysely';
import { localDateOf } from '../../../platform/clock/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { approveItem, createDraft, submitItem } from '../items.service.ts';
import { publishItem } from '../publish.service.ts';
import type { ItemType } from '../publishing.model.ts';
import { actorWith, channel } from '../test-support.ts';

type TestClock = { set(iso: string): void };

/**
 * Publishes a `type` item in the channel `code` with the clock at `at` (an instant, or a local
 * date taken as 10:00 Beijing time): drafted by a department officer, approved and published by
 * the county office. Returns the item's id.
 */
export async function publishAt(
  db: Kysely<unknown>,
  clock: TestClock & { now(): Date },
  code: string,
  type: Exclude<ItemType, 'interpretation' | 'page'>,
  at: string,
  fields: { title?: string; bodyHtml?: string } = {},
): Promise<number> {
  clock.set(at.length === 10 ? `${at}T10:00:00+08:00` : at);
  const target = await channel(db, code);
  const author: ActionContext = await actorWith(db, 'department_officer', code);
  const office: ActionContext = await actorWith(db, 'disclosure_officer', 'xzfb');
  const formedOn = localDateOf(clock.now());
  const policy =
    type === 'policy'
      ? {
          docNumber: `清政发〔2026〕${Math.floor(Math.random() * 900) + 100}号`,
          issuingOrgId: target.orgId,
          writtenOn: formedOn,
        }
      : {};
  const item = await createDraft(db, clock, author, {
    channelId: target.id,
    type,
    title: fields.title ?? `${target.name}${type}信息（${formedOn}）`,
    bodyHtml: fields.bodyHtml ?? '',
    formedOn,
    ...policy,
  });
  await submitItem(db, clock, author, item.id);
  await approveItem(db, clock, office, item.id);
  await publishItem(db, clock, office, item.id);
  return item.id;
}
