import type { Kysely } from 'kysely';
import type { ActionContext } from '../http/index.ts';
import { appendAudit } from './audit.chain.ts';

/** A change as a service describes it; who did it and from where come from the action context. */
export interface AuditChange {
  action: string;
  targetType: string;
  targetId: string;
  orgCode?: string | null;
  summary: Record<string, unknown>;
}

/** Appends `change` by `ctx`'s actor to the audit chain, in the caller's transaction. */
export async function recordChange<DB>(
  trx: Kysely<DB>,
  ctx: ActionContext,
  at: Date,
  change: AuditChange,
): Promise<void> {
  await appendAudit(trx, {
    at,
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
