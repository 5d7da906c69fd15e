/**
 * The county's feedback settings. RULES.md §7.1/§7.2 [U]: Liaoning's numeric time limits and the
 * metric formulas were not retrieved, so every limit and formula here is a setting with a
 * documented default (ADR 0016). Stored as JSON in `feedback_settings` (one row) and parsed with
 * these defaults filled in, so a setting added later needs no migration.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordChange } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { hasCountyRole } from '../accounts/index.ts';
import { appealKinds, type AppealKind, type RatingLevel } from './feedback.model.ts';
import type { FeedbackTables } from './feedback.tables.ts';

const days = z.int().min(0).max(365);
const limit = z.object({ replyDays: days, completeDays: days });

export const feedbackSettingsSchema = z.object({
  /** The org that dispatches appeals no rule routes (its code); empty = the county government. */
  dispatchOrgCode: z.string().trim().max(64),
  /**
   * Working days per kind, counted after the day of receipt: first reply and completion tracked
   * separately. Defaults: consultations 3, others 5 (RULES.md §7.1 reference values, 山东 and
   * municipal rules; Liaoning's own limits [U]).
   */
  limits: z.record(z.enum(appealKinds), limit),
  /** One extension of at most 10 working days (RULES.md §7.1: 山东 reference value). */
  maxExtensions: z.int().min(0).max(5),
  extensionMaxDays: days,
  /** A wrongly routed appeal goes back to dispatch within 2 working days (RULES.md §7.1: 山东). */
  transferReturnDays: days,
  /** 差评 verified and rectified within 15 working days (国办发〔2019〕51号). */
  rectificationDays: days,
  /** The submitter may reopen a closed appeal within this many working days of its close. */
  reopenDays: days,
  /** 满意率 (RULES.md §7.4 [U]): broad = 非常满意 + 满意 + 基本满意; strict = 非常满意 + 满意. */
  satisfaction: z.enum(['broad', 'strict']),
  /** The star composite (民心网 style): points per level, averaged over rated appeals. */
  stars: z.record(
    z.enum(['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied']),
    z.number().min(0).max(100),
  ),
  /**
   * The duty rate's rule: `signin_and_no_overdue` — on each working day the responder signs in and
   * leaves no appeal in their queue past its first-reply limit; `signin` — signing in is enough.
   */
  dutyRule: z.enum(['signin_and_no_overdue', 'signin']),
  /** Rate limits on public submissions: per client address per hour, per contact per day. */
  perAddressPerHour: z.int().min(1).max(10000),
  perContactPerDay: z.int().min(1).max(10000),
});

export type FeedbackSettings = z.infer<typeof feedbackSettingsSchema> & {
  limits: Record<AppealKind, { replyDays: number; completeDays: number }>;
  stars: Record<RatingLevel, number>;
};

export const defaultFeedbackSettings: FeedbackSettings = {
  dispatchOrgCode: '',
  limits: {
    consultation: { replyDays: 3, completeDays: 3 },
    complaint: { replyDays: 5, completeDays: 5 },
    suggestion: { replyDays: 5, completeDays: 5 },
    help: { replyDays: 5, completeDays: 5 },
    report: { replyDays: 5, completeDays: 5 },
  },
  maxExtensions: 1,
  extensionMaxDays: 10,
  transferReturnDays: 2,
  rectificationDays: 15,
  reopenDays: 15,
  satisfaction: 'broad',
  stars: { very_satisfied: 5, satisfied: 4, basic: 3, dissatisfied: 2, very_dissatisfied: 1 },
  dutyRule: 'signin_and_no_overdue',
  perAddressPerHour: 10,
  perContactPerDay: 5,
};

const settingsDb = (db: Kysely<unknown>) => db as unknown as Kysely<FeedbackTables>;

/** The JSON column comes back through the CamelCasePlugin: `very_satisfied` reads as `verySatisfied`. */
function snakeKeys(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      v,
    ]),
  );
}

/** The stored settings over the defaults (a part missing or unreadable keeps its default). */
export function mergeSettings(stored: unknown): FeedbackSettings {
  const data = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const merged = {
    ...defaultFeedbackSettings,
    ...data,
    limits: {
      ...defaultFeedbackSettings.limits,
      ...((data['limits'] as object | undefined) ?? {}),
    },
    stars: { ...defaultFeedbackSettings.stars, ...snakeKeys(data['stars']) },
  };
  const parsed = feedbackSettingsSchema.safeParse(merged);
  return parsed.success ? (parsed.data as FeedbackSettings) : defaultFeedbackSettings;
}

export async function readFeedbackSettings(db: Kysely<unknown>): Promise<FeedbackSettings> {
  const row = await settingsDb(db)
    .selectFrom('feedbackSettings')
    .select(['data'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return mergeSettings(row?.data);
}

/** Who may change them: the county's administrators and supervisors. */
export function canChangeFeedbackSettings(ctx: ActionContext): boolean {
  return hasCountyRole(ctx.actor, ['admin', 'supervisor']);
}

/** Limits apply to appeals received from now on (a running clock keeps its rule). */
export async function updateFeedbackSettings(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  settings: FeedbackSettings,
): Promise<void> {
  if (!canChangeFeedbackSettings(ctx)) {
    throw new AppError('forbidden', 'not_allowed', '无权修改民意诉求设置 / not allowed');
  }
  const parsed = feedbackSettingsSchema.parse(settings);
  await db.transaction().execute(async (trx) => {
    const before = await readFeedbackSettings(trx);
    const at = clock.now();
    await settingsDb(trx)
      .updateTable('feedbackSettings')
      .set({
        data: JSON.stringify(parsed),
        updatedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        updatedAt: at,
      })
      .where('id', '=', 1)
      .execute();
    await recordChange(trx, ctx, at, {
      action: 'feedback.settings.update',
      targetType: 'feedback_settings',
      targetId: '1',
      summary: { before, after: parsed },
    });
  });
}
