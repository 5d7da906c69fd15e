/**
 * Receiving an appeal (issue 9 §1): from the public form, the API or Open311, or entered by staff
 * from a call, a letter, a 12345 transfer or a visit. Each gets a tracking number and an access
 * code (shown once, stored hashed), is routed (routing.ts), and gets two clocks — first reply and
 * completion, working days per kind from the settings — with its `accepted` checkpoint, in one
 * audited transaction.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError, parseFields } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { accessCodeHash, newAccessCode } from '../../platform/identifiers/index.ts';
import { notify } from '../../platform/notify/index.ts';
import { startClock, workingDaysRule } from '../deadlines/index.ts';
import { inTransaction, recordAppealChange, type StepContext } from './appeal-step.ts';
import { feedbackMessages } from './feedback.messages.ts';
import { clockPurposes, type AppealChannel, type AppealKind } from './feedback.model.ts';
import { feedbackDb, findAppeal, type AppealRow } from './feedback.queries.ts';
import {
  appealInputSchema,
  staffAppealInputSchema,
  type Appeal,
  type AppealInput,
} from './feedback.schemas.ts';
import { readFeedbackSettings, type FeedbackSettings } from './feedback.settings.ts';
import { dispatchOrgId, routeAppeal, type Route } from './routing.ts';

export interface AppealReceipt {
  trackingNumber: string;
  /** Shown once to the submitter; only its hash is kept. */
  accessCode: string;
  receivedOn: string;
  replyDueOn: string;
  completeDueOn: string;
  appeal: AppealRow;
  route: Route;
}

export interface SubmitOptions {
  channel: AppealChannel;
  /** The client's address (public channels): rate-limited, stored only as a hash. */
  clientAddress?: string | null;
  /** Staff entry: the day it came in, if not today. */
  receivedAt?: Date;
  isDemo?: boolean;
}

const publicChannels: readonly AppealChannel[] = ['web', 'api', 'open311'];

/** sha256 of a normalised value: rate limits and duplicate checks without keeping it readable. */
export function keyOf(value: string): string {
  const normalized = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/^\+?86/, '');
  return normalized === '' ? '' : crypto.createHash('sha256').update(normalized).digest('hex');
}

function tooMany(kind: 'address' | 'contact'): never {
  throw new AppError(
    'too_many',
    `feedback_rate_${kind}`,
    kind === 'address'
      ? '提交过于频繁，请一小时后再试 / too many submissions from this address: try again in an hour'
      : '该联系方式今日提交次数已达上限，请明日再试 / too many submissions with this contact today',
  );
}

/** Rate limits per client address (an hour) and per contact (a day), from the settings. */
async function checkRateLimits(
  db: Kysely<unknown>,
  settings: FeedbackSettings,
  at: Date,
  clientKey: string,
  contactKey: string,
): Promise<void> {
  const count = async (column: 'clientKey' | 'contactKey', key: string, hours: number) => {
    const row = await feedbackDb(db)
      .selectFrom('feedbackAppeals')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(column, '=', key)
      .where('receivedAt', '>', new Date(at.getTime() - hours * 3600_000))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  if (clientKey !== '' && (await count('clientKey', clientKey, 1)) >= settings.perAddressPerHour) {
    tooMany('address');
  }
  if (
    contactKey !== '' &&
    (await count('contactKey', contactKey, 24)) >= settings.perContactPerDay
  ) {
    tooMany('contact');
  }
}

function newTrackingNumber(receivedOn: string): string {
  const digits = String(crypto.randomInt(0, 1e6)).padStart(6, '0');
  return `FK${receivedOn.replaceAll('-', '')}${digits}`;
}

/** Parses the input as its channel requires (public channels need a phone or an e-mail). */
export function parseAppeal(input: AppealInput, channel: AppealChannel): Appeal {
  const schema = publicChannels.includes(channel) ? appealInputSchema : staffAppealInputSchema;
  return parseFields(schema, input, feedbackMessages);
}

/** Both clocks of an appeal of `kind`, from the settings in force when it is received. */
export function clockRules(settings: FeedbackSettings, kind: AppealKind) {
  const limits = settings.limits[kind];
  return {
    reply: workingDaysRule(limits.replyDays),
    complete: workingDaysRule(limits.completeDays, {
      extensionCapDays: settings.extensionMaxDays,
      maxExtensions: settings.maxExtensions,
    }),
  };
}

/** The routed org's staff see the new appeal on their console home (the dispatch desk sees its queue). */
async function tellOrg(trx: Kysely<unknown>, at: Date, row: AppealRow, orgId: number) {
  await notify(
    trx,
    [
      {
        recipientOrgId: orgId,
        subject: `新的民意诉求 ${row.trackingNumber}，请签收办理`,
        subjectEn: `New appeal ${row.trackingNumber}: claim and answer it`,
        body: row.subject,
        bodyEn: row.subject,
        link: `/staff/feedback/appeals/${row.trackingNumber}`,
      },
    ],
    at,
  );
}

/** Receives an appeal; throws validation (fields keyed by input names) or too_many. */
export async function submitAppeal(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: AppealInput,
  options: SubmitOptions,
): Promise<AppealReceipt> {
  const appeal = parseAppeal(input, options.channel);
  return inTransaction(db, async (trx) => {
    const settings = await readFeedbackSettings(trx);
    const at = options.receivedAt ?? clock.now();
    const receivedOn = localDateOf(at);
    const clientKey = options.clientAddress ? keyOf(options.clientAddress) : '';
    const contactKey = keyOf(appeal.phone !== '' ? appeal.phone : appeal.email);
    if (publicChannels.includes(options.channel)) {
      await checkRateLimits(trx, settings, at, clientKey, contactKey);
    }
    const route = await routeAppeal(trx, appeal);
    const dispatchId = await dispatchOrgId(trx, settings);
    const clockOrgId = route.orgId ?? dispatchId;
    const trackingNumber = newTrackingNumber(receivedOn);
    const accessCode = newAccessCode();
    const rules = clockRules(settings, appeal.kind);
    const title = `民意诉求 ${trackingNumber}`;
    const common = { matterType: 'appeal', matterId: trackingNumber, title, orgId: clockOrgId };
    const reply = await startClock(trx, clock, ctx, {
      ...common,
      purpose: clockPurposes.reply,
      rule: rules.reply,
      startOn: receivedOn,
    });
    const complete = await startClock(trx, clock, ctx, {
      ...common,
      purpose: clockPurposes.complete,
      rule: rules.complete,
      startOn: receivedOn,
    });
    await feedbackDb(trx)
      .insertInto('feedbackAppeals')
      .values({
        trackingNumber,
        accessCodeHash: accessCodeHash(trackingNumber, accessCode),
        kind: appeal.kind,
        subject: appeal.subject,
        content: appeal.content,
        place: appeal.place,
        latitude: appeal.latitude,
        longitude: appeal.longitude,
        channel: options.channel,
        suggestedOrgId: route.by === 'submitter' ? route.orgId : null,
        dispatchOrgId: dispatchId,
        orgId: route.orgId,
        state: route.orgId === null ? 'dispatch' : 'assigned',
        submitterName: appeal.name,
        submitterPhone: appeal.phone,
        submitterEmail: appeal.email,
        contactKey,
        clientKey,
        publicAllowed: appeal.publicAllowed,
        receivedAt: at,
        receivedOn,
        assignedAt: route.orgId === null ? null : at,
        replyClockId: reply.clockId,
        completeClockId: complete.clockId,
        isDemo: options.isDemo ?? false,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    const row = (await findAppeal(trx, trackingNumber)) as AppealRow;
    const step: StepContext = { trx, clock, ctx, at, today: receivedOn };
    const limits = settings.limits[appeal.kind];
    await recordAppealChange(row, step, 'submit', {
      events: [
        { kind: 'submitted', isPublic: true, data: { channel: options.channel } },
        ...(route.orgId === null
          ? []
          : [
              {
                kind: 'routed',
                toOrgId: route.orgId,
                isPublic: true,
                data: { by: route.by, ruleId: route.ruleId },
              },
            ]),
      ],
      checkpoints: [
        // Accepted with its completion limit (working days per kind, a county setting: RULES.md §7.1 [U]).
        {
          kind: 'accepted',
          promisedDays: limits.completeDays,
          statutoryDays: limits.completeDays,
          limitUnit: 'working',
        },
        { kind: 'step_started', step: clockPurposes.reply, stepDays: limits.replyDays },
      ],
      summary: { kind: appeal.kind, channel: options.channel, orgId: route.orgId, route: route.by },
    });
    if (route.orgId !== null) await tellOrg(trx, at, row, route.orgId);
    return {
      trackingNumber,
      accessCode,
      receivedOn,
      replyDueOn: reply.view.dueOn ?? receivedOn,
      completeDueOn: complete.view.dueOn ?? receivedOn,
      appeal: row,
      route,
    };
  });
}
