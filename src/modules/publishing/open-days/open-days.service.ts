/**
 * Open-day records (issue 8 §8: 5·15 政务公开日 and other outreach). Disclosure officers record
 * the events of the orgs they cover, the county office (政务公开办) and admins any. Every change
 * is audited. Errors: validation (field errors naming the field), forbidden not_allowed,
 * not_found open_day_not_found.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../../platform/audit/index.ts';
import type { Clock } from '../../../platform/clock/index.ts';
import { AppError, isAppError } from '../../../platform/errors/index.ts';
import { storeFile, type FileStore } from '../../../platform/files/index.ts';
import type { ActionContext, Actor } from '../../../platform/http/index.ts';
import type { HealthTables } from '../health/health.tables.ts';
import { canInChannel } from '../publishing.policy.ts';
import { invalid, parseInput } from '../workflow.ts';
import { openDaysMessages } from './open-days.messages.ts';
import {
  findOpenDay,
  listParticipantOrgs,
  type OpenDay,
  type OpenDayOrg,
} from './open-days.queries.ts';
import { openDayInput, photoCaption, photoRules } from './open-days.schemas.ts';

type Db = Kysely<HealthTables>;

/** May the actor record open days for the org at `orgPath`? (as publishing in its channel) */
export function canRecordFor(actor: Actor, orgPath: string): boolean {
  return actor.kind === 'user' && canInChannel(actor, 'publish', orgPath);
}

/** The orgs the actor may choose. */
export async function recordableOrgs(db: Kysely<unknown>, actor: Actor): Promise<OpenDayOrg[]> {
  return (await listParticipantOrgs(db)).filter((o) => canRecordFor(actor, o.path));
}

/** May the actor change this record? Only if it covers every org of it. */
export function canEditOpenDay(actor: Actor, day: OpenDay): boolean {
  return day.orgs.length > 0
    ? day.orgs.every((o) => canRecordFor(actor, o.path))
    : canRecordFor(actor, '/');
}

function forbidden(): AppError {
  return new AppError('forbidden', 'not_allowed', '无权修改此活动记录 / not allowed');
}

async function checkedOrgs(db: Kysely<unknown>, actor: Actor, ids: number[]) {
  const allowed = await recordableOrgs(db, actor);
  const unique = [...new Set(ids)];
  if (unique.some((id) => !allowed.some((o) => o.id === id))) {
    throw invalid([{ field: 'orgIds', message: 'openDays.error.orgIds' }], openDaysMessages);
  }
  return unique;
}

async function getOpenDay(db: Kysely<unknown>, id: number): Promise<OpenDay> {
  const day = await findOpenDay(db, id);
  if (!day) {
    throw new AppError('not_found', 'open_day_not_found', `没有活动记录 ${id} / no open day ${id}`);
  }
  return day;
}

/** Records an event. */
export async function createOpenDay(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: unknown,
): Promise<OpenDay> {
  const data = parseInput(openDayInput, input, openDaysMessages);
  const orgIds = await checkedOrgs(db, ctx.actor, data.orgIds);
  const at = clock.now();
  const { orgIds: _, ...fields } = data;
  const id = await (db as Db).transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('publishingOpenDays')
      .values({
        ...fields,
        createdBy: ctx.actor.id,
        updatedBy: ctx.actor.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('publishingOpenDayOrgs')
      .values(orgIds.map((orgId) => ({ openDayId: row.id, orgId })))
      .execute();
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'publishing.open_day.create',
      targetType: 'publishing_open_day',
      targetId: String(row.id),
      summary: { ...fields, orgIds },
    });
    return Number(row.id);
  });
  return getOpenDay(db, id);
}

/** Changes an event's record (the actor must cover its orgs before and after). */
export async function updateOpenDay(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: unknown,
): Promise<OpenDay> {
  const before = await getOpenDay(db, id);
  if (!canEditOpenDay(ctx.actor, before)) throw forbidden();
  const data = parseInput(openDayInput, input, openDaysMessages);
  const orgIds = await checkedOrgs(db, ctx.actor, data.orgIds);
  const at = clock.now();
  const { orgIds: _, ...fields } = data;
  await (db as Db).transaction().execute(async (trx) => {
    await trx
      .updateTable('publishingOpenDays')
      .set({ ...fields, updatedBy: ctx.actor.id, updatedAt: at })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('publishingOpenDayOrgs').where('openDayId', '=', id).execute();
    await trx
      .insertInto('publishingOpenDayOrgs')
      .values(orgIds.map((orgId) => ({ openDayId: id, orgId })))
      .execute();
    const { photos: _photos, orgs, ...was } = before;
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'publishing.open_day.update',
      targetType: 'publishing_open_day',
      targetId: String(id),
      summary: { before: { ...was, orgIds: orgs.map((o) => o.id) }, after: { ...fields, orgIds } },
    });
  });
  return getOpenDay(db, id);
}

/** Adds a photo (JPEG or PNG by content, at most 5 MB) to a record. */
export async function addOpenDayPhoto(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  store: FileStore | string,
  id: number,
  upload: { bytes: Uint8Array; name: string; caption?: string },
): Promise<number> {
  const day = await getOpenDay(db, id);
  if (!canEditOpenDay(ctx.actor, day)) throw forbidden();
  const caption = photoCaption.safeParse(upload.caption ?? '');
  if (!caption.success) {
    throw invalid([{ field: 'caption', message: 'openDays.error.caption' }], openDaysMessages);
  }
  const at = clock.now();
  return (db as Db).transaction().execute(async (trx) => {
    let file;
    try {
      file = await storeFile(trx as unknown as Kysely<unknown>, store, upload.bytes, {
        ...photoRules,
        name: upload.name,
        at,
      });
    } catch (error) {
      // The platform's reason (type, disguise, size) is kept; the field is the photo's.
      if (isAppError(error) && error.kind === 'validation') {
        throw new AppError('validation', error.code, error.message, {
          fields: [{ field: 'file', message: error.message }],
        });
      }
      throw error;
    }
    const row = await trx
      .insertInto('publishingOpenDayPhotos')
      .values({ openDayId: id, fileId: file.id, caption: caption.data, createdAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'publishing.open_day.photo_add',
      targetType: 'publishing_open_day',
      targetId: String(id),
      summary: {
        photoId: Number(row.id),
        fileId: file.id,
        size: file.size,
        mediaType: file.mediaType,
      },
    });
    return Number(row.id);
  });
}

/** Removes a photo from a record (the file row stays: files are content-addressed and shared). */
export async function removeOpenDayPhoto(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  photoId: number,
): Promise<void> {
  const day = await getOpenDay(db, id);
  if (!canEditOpenDay(ctx.actor, day)) throw forbidden();
  if (!day.photos.some((p) => p.id === photoId)) {
    throw new AppError('not_found', 'photo_not_found', `没有照片 ${photoId} / no photo ${photoId}`);
  }
  const at = clock.now();
  await (db as Db).transaction().execute(async (trx) => {
    await trx.deleteFrom('publishingOpenDayPhotos').where('id', '=', photoId).execute();
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'publishing.open_day.photo_remove',
      targetType: 'publishing_open_day',
      targetId: String(id),
      summary: { photoId },
    });
  });
}
