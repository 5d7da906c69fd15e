/**
 * Receiving a request (条例第29–31条): online from the public, or registered by staff from post,
 * fax, email or a visit. Each gets a tracking number, an access code (shown once, stored hashed)
 * and a reply clock of 20 working days (条例第33条) with its `accepted` checkpoint, in one audited
 * transaction.
 */
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { accessCodeHash, newAccessCode } from '../../platform/identifiers/index.ts';
import { foiReplyRule, startClock } from '../deadlines/index.ts';
import { emitFoiCheckpoints, foiAccepted, instantOf } from './foi-checkpoints.ts';
import type { Channel } from './foi.model.ts';
import { parseApplication, type Application, type ApplicationInput } from './foi.schemas.ts';
import type { FoiTables } from './foi.tables.ts';

function newTrackingNumber(receivedOn: string): string {
  const digits = String(crypto.randomInt(0, 1e8)).padStart(8, '0');
  return `${receivedOn.slice(0, 4)}-${digits.slice(0, 4)}-${digits.slice(4)}`;
}

/** Field errors as the platform's validation error (the API answers 422 with them by path). */
export function validationError(fields: { field: string; message: string }[]): AppError {
  return new AppError(
    'validation',
    'validation',
    fields.map((f) => `${f.field}: ${f.message}`).join('; '),
    {
      fields,
    },
  );
}

/**
 * Where an online request goes until it is assigned: the county's 政府信息公开工作机构, i.e. the
 * highest org where someone holds the disclosure_officer role (条例第4条); without one, the county
 * government itself.
 */
async function intakeOrgId(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    select id from (
      select o.id, length(o.path) as depth, 0 as fallback from accounts_role_grants g
        join accounts_orgs o on o.id = g.org_id
        where g.role = 'disclosure_officer' and o.is_active
      union all
      select id, 0, 1 from accounts_orgs where parent_id is null and is_active
    ) candidates order by fallback, depth, id limit 1`.execute(db);
  if (!rows[0]) throw new AppError('unavailable', 'foi_no_org', '尚未建立机构 / no org set up yet');
  return Number(rows[0].id);
}

export interface Receipt {
  trackingNumber: string;
  accessCode: string;
  receivedOn: string;
  dueOn: string;
  requestId: number;
}

export interface ReceiveOptions {
  channel: Channel;
  /** The day of receipt under 条例第31条; online: today. */
  receivedOn?: string;
  orgId?: number;
  isDemo?: boolean;
}

/** Receives a request; throws validation (fields keyed by the API's paths). */
export async function receiveRequest<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  input: ApplicationInput,
  options: ReceiveOptions,
): Promise<Receipt> {
  const parsed = parseApplication(input);
  if (!parsed.ok) throw validationError(parsed.fields);
  const application: Application = parsed.data;
  const handle = db as unknown as Kysely<FoiTables>;
  const work = async (trx: Kysely<FoiTables>): Promise<Receipt> => {
    const at = clock.now();
    const receivedOn = options.receivedOn ?? localDateOf(at);
    const orgId = options.orgId ?? (await intakeOrgId(trx as unknown as Kysely<unknown>));
    const trackingNumber = newTrackingNumber(receivedOn);
    const accessCode = newAccessCode();
    // 条例第33条: 20 working days from the day of receipt, which does not count.
    const { clockId, view } = await startClock(trx, clock, ctx, {
      matterType: 'foi',
      matterId: trackingNumber,
      purpose: 'reply',
      title: `依申请公开 ${trackingNumber}`,
      orgId,
      rule: foiReplyRule,
      startOn: receivedOn,
    });
    const { applicant } = application;
    const { id } = await trx
      .insertInto('foiRequests')
      .values({
        trackingNumber,
        accessCodeHash: accessCodeHash(trackingNumber, accessCode),
        applicantType: applicant.type,
        applicantName: applicant.name,
        idType: applicant.idType,
        idNumber: applicant.idNumber.toUpperCase(),
        phone: applicant.phone,
        email: applicant.email,
        address: applicant.address,
        description: application.description,
        documentNumber: application.documentNumber,
        form: application.form,
        delivery: application.delivery,
        channel: options.channel,
        receivedOn,
        orgId,
        clockId,
        state: 'open',
        outcome: null,
        repliedOn: null,
        deliveredOn: null,
        archivedOn: null,
        correctionNoticedOn: null,
        consultationDueOn: null,
        feeAmount: null,
        feeDueOn: null,
        isDemo: options.isDemo ?? false,
        createdAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('foiRequestEvents')
      .values({
        requestId: id,
        kind: 'received',
        onDate: receivedOn,
        note: options.channel,
        isPublic: true,
        actorName: ctx.actor.name,
        at,
      })
      .execute();
    await emitFoiCheckpoints(
      trx as unknown as Kysely<unknown>,
      { trackingNumber, orgId },
      instantOf(receivedOn, at),
      [foiAccepted],
    );
    await recordChange(trx, ctx, at, {
      action: 'foi.request.receive',
      targetType: 'foi_request',
      targetId: trackingNumber,
      summary: { channel: options.channel, receivedOn, applicantType: applicant.type },
    });
    return { trackingNumber, accessCode, receivedOn, dueOn: view.dueOn!, requestId: id };
  };
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}
