import type { Kysely } from 'kysely';
import type { AccountsTables } from '../accounts/index.ts';
import type { CameraFormat, CameraTables } from './cameras.model.ts';

export type CamerasDb = Kysely<CameraTables & AccountsTables>;

/** The camera tables seen through an untyped handle (the app's deps carry `Kysely<unknown>`). */
export function camerasDb(db: Kysely<unknown>): CamerasDb {
  return db as unknown as CamerasDb;
}

export interface CenterRow {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  path: string;
}

export interface CameraRow {
  id: number;
  centerOrgId: number;
  centerCode: string;
  centerPath: string;
  name: string;
  streamUrl: string;
  format: CameraFormat;
  sort: number;
}

/** The active service centers (orgs of kind center), county center first, then by the tree. */
export function listCenters(db: CamerasDb): Promise<CenterRow[]> {
  return db
    .selectFrom('accountsOrgs')
    .select(['id', 'code', 'name', 'nameEn', 'path'])
    .where('kind', '=', 'center')
    .where('isActive', '=', true)
    .orderBy('path')
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
}

const cameraColumns = [
  'c.id',
  'c.centerOrgId',
  'o.code as centerCode',
  'o.path as centerPath',
  'c.name',
  'c.streamUrl',
  'c.format',
  'c.sort',
] as const;

/** Every camera of the given centers, in each center's order. */
export function listCameras(db: CamerasDb, centerIds: readonly number[]): Promise<CameraRow[]> {
  if (centerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('supervisionCameras as c')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.centerOrgId')
    .select(cameraColumns)
    .where('c.centerOrgId', 'in', [...centerIds])
    .orderBy('c.centerOrgId')
    .orderBy('c.sort')
    .orderBy('c.id')
    .execute();
}

export function findCamera(db: CamerasDb, id: number): Promise<CameraRow | undefined> {
  return db
    .selectFrom('supervisionCameras as c')
    .innerJoin('accountsOrgs as o', 'o.id', 'c.centerOrgId')
    .select(cameraColumns)
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** The next sort position in a center (after its last camera). */
export async function nextSort(db: CamerasDb, centerOrgId: number): Promise<number> {
  const row = await db
    .selectFrom('supervisionCameras')
    .select((eb) => eb.fn.max('sort').as('last'))
    .where('centerOrgId', '=', centerOrgId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}
