import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
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
  await recordChange(trx, ctx, clock.now(), change);
}
