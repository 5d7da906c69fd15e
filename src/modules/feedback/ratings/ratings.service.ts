/**
 * The submitter's rating of a reply (好差评, 国办发〔2019〕51号) and reopening a closed appeal, both
 * only with the access code. A bad rating (不满意, 非常不满意) opens a rectification with its own
 * clock (verified and rectified within 15 working days, 国办发〔2019〕51号; a county setting) and
 * tells the org's responders.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { notify } from '../../../platform/notify/index.ts';
import { startClock, workingDaysRule } from '../../deadlines/index.ts';
import { runAppealStep, wrongState } from '../appeal-step.ts';
import { badRatings, clockPurposes, type RatingLevel } from '../feedback.model.ts';
import { feedbackDb, type AppealRow } from '../feedback.queries.ts';
import { readFeedbackSettings } from '../feedback.settings.ts';
import {
  ensureAccessCode,
  parseRating,
  parseReopen,
  reopenUntil,
  type RatingInput,
  type ReopenInput,
} from './access.ts';

export interface RatingResult {
  appeal: AppealRow;
  ratingId: number;
  level: RatingLevel;
  /** The rectification a bad rating opened. */
  rectificationId: number | null;
}

/** The latest reply of an appeal, with whether it was rated already. */
export async function latestReply(
  db: Kysely<unknown>,
  appealId: number,
): Promise<{ id: number; rated: boolean } | null> {
  const reply = await feedbackDb(db)
    .selectFrom('feedbackReplies')
    .select(['id'])
    .where('appealId', '=', appealId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!reply) return null;
  const rating = await feedbackDb(db)
    .selectFrom('feedbackRatings')
    .select(['id'])
    .where('replyId', '=', Number(reply.id))
    .executeTakeFirst();
  return { id: Number(reply.id), rated: rating !== undefined };
}

function alreadyRated(): never {
  throw new AppError(
    'conflict',
    'feedback_already_rated',
    '此答复已评价 / this reply has been rated already',
  );
}

/** Rates the latest reply; errors: not_found (number or code), invalid_state, conflict, validation. */
export async function rateAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  accessCode: string,
  input: RatingInput,
): Promise<RatingResult> {
  const rating = parseRating(input);
  let ratingId = 0;
  let rectificationId: number | null = null;
  const appeal = await runAppealStep(db, clock, ctx, trackingNumber, {
    name: 'rate',
    authorize: (row) => ensureAccessCode(row, accessCode),
    async run(row, { trx, at, today }) {
      if (row.state !== 'replied' && row.state !== 'closed') wrongState(row.state, 'rate');
      const reply = await latestReply(trx, row.id);
      if (!reply) wrongState(row.state, 'rate');
      if (reply.rated) alreadyRated();
      const inserted = await feedbackDb(trx)
        .insertInto('feedbackRatings')
        .values({
          appealId: row.id,
          replyId: reply.id,
          level: rating.level,
          comment: rating.comment,
          at,
          onDate: today,
        })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      ratingId = Number(inserted.id);
      const events = [
        { kind: 'rated', isPublic: true, data: { level: rating.level, ratingId } },
      ] as { kind: string; isPublic?: boolean; data?: Record<string, unknown> }[];
      // 差评 → 整改 (国办发〔2019〕51号: 差评 verified and rectified, with a call-back).
      if (badRatings.includes(rating.level)) {
        rectificationId = await openRectification(trx, clock, ctx, row, ratingId, at, today);
        events.push({ kind: 'rectification_opened', data: { rectificationId, ratingId } });
      }
      return {
        patch: {},
        events,
        checkpoints: [],
        summary: { level: rating.level, ratingId, rectificationId },
      };
    },
  });
  return { appeal, ratingId, level: rating.level, rectificationId };
}

async function openRectification(
  trx: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  row: AppealRow,
  ratingId: number,
  at: Date,
  today: string,
): Promise<number> {
  const settings = await readFeedbackSettings(trx);
  const orgId = row.orgId ?? row.dispatchOrgId;
  const started = await startClock(trx, clock, ctx, {
    matterType: 'appeal',
    matterId: row.trackingNumber,
    purpose: `${clockPurposes.rectification}:${ratingId}`,
    title: `差评整改 ${row.trackingNumber}`,
    orgId,
    // 差评整改 within 15 working days (国办发〔2019〕51号), the county's setting rectificationDays.
    rule: workingDaysRule(settings.rectificationDays),
    startOn: today,
  });
  const inserted = await feedbackDb(trx)
    .insertInto('feedbackRectifications')
    .values({
      appealId: row.id,
      ratingId,
      orgId,
      clockId: started.clockId,
      state: 'open',
      openedAt: at,
      openedOn: today,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const id = Number(inserted.id);
  await notify(
    trx,
    [
      {
        recipientOrgId: orgId,
        subject: `诉求 ${row.trackingNumber} 收到差评，请在 ${settings.rectificationDays} 个工作日内核实整改`,
        subjectEn: `Appeal ${row.trackingNumber} was rated badly: verify and rectify within ${settings.rectificationDays} working days`,
        body: `整改期限至 ${started.view.dueOn ?? ''}`,
        bodyEn: `Due on ${started.view.dueOn ?? ''}`,
        link: `/staff/feedback/rectifications/${id}`,
      },
    ],
    at,
  );
  return id;
}

/** Reopens a closed appeal within the window; errors: not_found, invalid_state, validation. */
export async function reopenAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
  accessCode: string,
  input: ReopenInput,
): Promise<AppealRow> {
  const { reason } = parseReopen(input);
  return runAppealStep(db, clock, ctx, trackingNumber, {
    name: 'reopen',
    authorize: (row) => ensureAccessCode(row, accessCode),
    async run(row, { trx, today }) {
      if (row.state !== 'closed' || row.closedOn === null) wrongState(row.state, 'reopen');
      const settings = await readFeedbackSettings(trx);
      const until = await reopenUntil(trx, row.closedOn, settings.reopenDays, today);
      if (until === null || today > until) {
        throw new AppError(
          'invalid_state',
          'feedback_reopen_window_passed',
          `诉求办结已超过 ${settings.reopenDays} 个工作日，不能重新办理 / the reopening window has passed`,
          { until },
        );
      }
      const n = row.reopenedCount + 1;
      const limits = settings.limits[row.kind];
      const started = await startClock(trx, clock, ctx, {
        matterType: 'appeal',
        matterId: row.trackingNumber,
        purpose: `${clockPurposes.complete}:reopen:${n}`,
        title: `民意诉求 ${row.trackingNumber}（重新办理）`,
        orgId: row.orgId ?? row.dispatchOrgId,
        rule: workingDaysRule(limits.completeDays, {
          extensionCapDays: settings.extensionMaxDays,
          maxExtensions: settings.maxExtensions,
        }),
        startOn: today,
      });
      return {
        patch: {
          state: 'in_progress',
          reopenedCount: n,
          completeClockId: started.clockId,
          closedAt: null,
          closedOn: null,
          closedOutcome: null,
        },
        events: [{ kind: 'reopened', isPublic: true, reason, data: { count: n } }],
        checkpoints: [],
        summary: { reason, completeDueOn: started.view.dueOn },
      };
    },
  });
}
