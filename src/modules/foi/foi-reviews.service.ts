/**
 * 行政复议 and 行政诉讼 about a request (annual report section 四): filed, then decided with one of
 * the table's results. A review not decided by the end of a year counts as 尚未审结 for that year.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { isLocalDate } from '../../platform/calendar/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import type { FoiReviewsTable, FoiTables } from './foi.tables.ts';

export interface ReviewInput {
  kind: FoiReviewsTable['kind'];
  filedOn: string;
  result: FoiReviewsTable['result'];
  decidedOn?: string | null;
}

function refuse(field: string, zh: string, en: string): never {
  throw new AppError('validation', 'foi_review_invalid', `${zh} / ${en}`, {
    fields: [{ field, message: `${zh} / ${en}` }],
  });
}

/** Records a reconsideration or lawsuit about a request; audited. */
export async function recordReview<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  input: ReviewInput,
): Promise<number> {
  if (!isLocalDate(input.filedOn))
    refuse('filedOn', '提起日期格式应为 YYYY-MM-DD', 'filed on: use YYYY-MM-DD');
  const decided = input.result !== 'pending';
  if (
    decided &&
    (!input.decidedOn || !isLocalDate(input.decidedOn) || input.decidedOn < input.filedOn)
  ) {
    refuse(
      'decidedOn',
      '已审结的案件请填写不早于提起日期的审结日期',
      'a decided case needs a decision date on or after the filing date',
    );
  }
  const handle = db as unknown as Kysely<FoiTables>;
  const work = async (trx: Kysely<FoiTables>) => {
    const request = await trx
      .selectFrom('foiRequests')
      .select('id')
      .where('trackingNumber', '=', trackingNumber)
      .executeTakeFirst();
    if (!request)
      throw new AppError(
        'not_found',
        'foi_not_found',
        `没有受理编号 ${trackingNumber} / no request ${trackingNumber}`,
      );
    const at = clock.now();
    const { id } = await trx
      .insertInto('foiReviews')
      .values({
        requestId: request.id,
        kind: input.kind,
        filedOn: input.filedOn,
        result: input.result,
        decidedOn: decided ? input.decidedOn! : null,
        createdAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, ctx, at, {
      action: 'foi.review.record',
      targetType: 'foi_request',
      targetId: trackingNumber,
      summary: { ...input },
    });
    return id;
  };
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}
