import type { Kysely } from 'kysely';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import type { AccountsTables } from './accounts.tables.ts';

/** Every change to orgs, accounts, grants and tokens goes into the audit chain, in the same transaction. */
export async function recordAccountChange(
  trx: Kysely<AccountsTables>,
  ctx: ActionContext,
  clock: Clock,
  change: {
    action: string;
    targetType: string;
    targetId: string;
    orgCode?: string | null;
    summary: Record<string, unknown>;
  },
): Promise<void> {
  await appendAudit(trx, {
    at: clock.now(),
    actorType: ctx.actor.kind,
    actorId: ctx.actor.id === null ? null : String(ctx.actor.id),
    actorName: ctx.actor.name,
    orgCode: change.orgCode ?? null,
    action: change.action,
    targetType: change.targetType,
    targetId: change.targetId,
    summary: change.summary,
    requestId: ctx.requestId,
    clientAddress: ctx.clientIp,
  });
}
