/** Reading open-day records, their orgs and photos. */
import type { Kysely } from 'kysely';
import type { HealthTables } from '../health/health.tables.ts';

type Db = Kysely<HealthTables>;

export interface OpenDayOrg {
  id: number;
  name: string;
  path: string;
}

export interface OpenDayPhoto {
  id: number;
  fileId: number;
  caption: string;
}

export interface OpenDay {
  id: number;
  heldOn: string;
  place: string;
  theme: string;
  consultationsAnswered: number;
  materialsHandedOut: number;
  summary: string;
  orgs: OpenDayOrg[];
  photos: OpenDayPhoto[];
}

/** Records, newest first (one of them if `id` is given), with their orgs and photos. */
export async function listOpenDays(db: Kysely<unknown>, id?: number): Promise<OpenDay[]> {
  let query = (db as Db)
    .selectFrom('publishingOpenDays')
    .select([
      'id',
      'heldOn',
      'place',
      'theme',
      'consultationsAnswered',
      'materialsHandedOut',
      'summary',
    ])
    .orderBy('heldOn', 'desc')
    .orderBy('id', 'desc');
  if (id !== undefined) query = query.where('id', '=', id);
  const days = await query.execute();
  if (days.length === 0) return [];
  const ids = days.map((d) => d.id);
  const orgs = await (db as Db)
    .selectFrom('publishingOpenDayOrgs as d')
    .innerJoin('accountsOrgs as o', 'o.id', 'd.orgId')
    .select(['d.openDayId', 'o.id', 'o.name', 'o.path'])
    .where('d.openDayId', 'in', ids)
    .orderBy('o.sortOrder')
    .orderBy('o.id')
    .execute();
  const photos = await (db as Db)
    .selectFrom('publishingOpenDayPhotos')
    .select(['id', 'openDayId', 'fileId', 'caption'])
    .where('openDayId', 'in', ids)
    .orderBy('id')
    .execute();
  return days.map((d) => ({
    ...d,
    id: Number(d.id),
    orgs: orgs
      .filter((o) => Number(o.openDayId) === Number(d.id))
      .map((o) => ({ id: Number(o.id), name: o.name, path: o.path })),
    photos: photos
      .filter((p) => Number(p.openDayId) === Number(d.id))
      .map((p) => ({ id: Number(p.id), fileId: Number(p.fileId), caption: p.caption })),
  }));
}

export async function findOpenDay(db: Kysely<unknown>, id: number): Promise<OpenDay | undefined> {
  return (await listOpenDays(db, id))[0];
}

/** Orgs that take part in open days: the government, departments and townships, active. */
export async function listParticipantOrgs(db: Kysely<unknown>): Promise<OpenDayOrg[]> {
  const rows = await (db as Db)
    .selectFrom('accountsOrgs')
    .select(['id', 'name', 'path'])
    .where('isActive', '=', true)
    .where('kind', 'in', ['government', 'department', 'township'])
    .orderBy('sortOrder')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), name: r.name, path: r.path }));
}

/** A photo of a record, for the public photo route. */
export async function findPhoto(
  db: Kysely<unknown>,
  photoId: number,
): Promise<{ fileId: number } | undefined> {
  const row = await (db as Db)
    .selectFrom('publishingOpenDayPhotos')
    .select('fileId')
    .where('id', '=', photoId)
    .executeTakeFirst();
  return row ? { fileId: Number(row.fileId) } : undefined;
}
