/**
 * A whole case in one transaction, for modules that run an item's approval as part of their
 * own process (business registration: SC-QYDJ-001, whose certificate number is the new credit
 * code computed while issuing): register or apply, accept with every material, joint review with
 * each department approving, decide, issue, complete.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { acceptCase } from './case-acceptance.service.ts';
import { completeCase, issueCase, type CertificateNumber } from './case-closing.service.ts';
import { decideCase, recordOpinion, startJointReview } from './case-review.service.ts';
import { inTransaction } from './case-step.ts';
import { findCaseItem, type CaseRow } from './cases.queries.ts';
import {
  applyOnline,
  registerAtWindow,
  validationError,
  type CaseReceipt,
  type NewCaseInput,
} from './cases.service.ts';

export interface ProcessCaseInput extends Omit<NewCaseInput, 'provided'> {
  /** At a window (一窗受理); online when absent. */
  windowId?: number;
  /** Defaults to every material of the item. */
  provided?: readonly number[];
  /** Each review department's opinion text (default 同意). */
  opinion?: string;
  certificateNumber: CertificateNumber;
  /** Stop once issued (false) or complete too (true, the default). */
  complete?: boolean;
}

/** Runs a case from application to issue (and completion); `ctx` must be allowed every step. */
export async function processCase(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: ProcessCaseInput,
): Promise<{ receipt: CaseReceipt; row: CaseRow }> {
  return inTransaction(db, async (trx) => {
    const item = await findCaseItem(trx, { code: input.itemCode });
    if (!item) throw validationError([{ field: 'item', message: 'approvals.cases.error.item' }]);
    const newCase = { ...input, provided: input.provided ?? item.materials.map((m) => m.id) };
    const receipt =
      input.windowId === undefined
        ? await applyOnline(trx, clock, ctx, newCase)
        : await registerAtWindow(trx, clock, ctx, { ...newCase, windowId: input.windowId });
    const n = receipt.trackingNumber;
    await acceptCase(trx, clock, ctx, n);
    if (item.reviewOrgs.length > 0) {
      await startJointReview(trx, clock, ctx, n);
      for (const org of item.reviewOrgs) {
        await recordOpinion(trx, clock, ctx, n, {
          orgCode: org.orgCode,
          approve: true,
          opinion: input.opinion ?? '同意',
        });
      }
    }
    await decideCase(trx, clock, ctx, n, { decision: 'approved' });
    let row = await issueCase(trx, clock, ctx, n, { certificateNumber: input.certificateNumber });
    if (input.complete !== false) row = await completeCase(trx, clock, ctx, n);
    return { receipt, row };
  });
}
