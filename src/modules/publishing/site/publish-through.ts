/** Publishing an item the way staff do (draft → submit → approve by another → publish) at a given time. */
import type { Kysely } from 'kysely';
import type { ActionContext } from '../../../platform/http/index.ts';
import { approveItem, createDraft, submitItem } from '../items.service.ts';
import { publishItem } from '../publish.service.ts';
import type { CreateItemInput } from '../publishing.schemas.ts';

/** Who takes the steps: an author, an approver who is not the author, a publisher. */
export interface Crew {
  author: ActionContext;
  approver: ActionContext;
  publisher: ActionContext;
}

/** Creates and publishes an item with every step dated `at`; returns its id. */
export async function publishThrough(
  db: Kysely<unknown>,
  crew: Crew,
  input: CreateItemInput,
  at: Date,
): Promise<number> {
  const clock = { now: () => at };
  const draft = await createDraft(db, clock, crew.author, input);
  await submitItem(db, clock, crew.author, draft.id);
  await approveItem(db, clock, crew.approver, draft.id);
  await publishItem(db, clock, crew.publisher, draft.id);
  return draft.id;
}
