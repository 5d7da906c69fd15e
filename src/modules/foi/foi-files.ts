/**
 * The files of an information request: for now the applicant's proof of identity (条例第29条:
 * 身份证明), a scan of the ID card or business licence sent with an online application. The bytes
 * and their metadata are platform/files'; this links them to the request.
 */
import { sql, type ColumnType, type Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import {
  storeFile,
  type FileRules,
  type FileStore,
  type StoredFile,
} from '../../platform/files/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';

export type RequestFileKind = 'identity';

export interface FoiRequestFilesTable {
  requestId: number;
  fileId: number;
  kind: RequestFileKind;
  createdAt: ColumnType<Date, Date, never>;
}

export interface FoiFilesTables {
  foiRequestFiles: FoiRequestFilesTable;
}

/** A scan of the ID or licence: PDF, JPEG or PNG by content, at most 5 MB. */
export const identityScanRules: FileRules = {
  allowed: ['pdf', 'jpeg', 'png'],
  maxBytes: 5 * 1024 * 1024,
};

/** A file as sent: its bytes and the name it came with. */
export interface Upload {
  bytes: Buffer;
  name: string;
}

/**
 * Keeps the applicant's proof of identity and links it to the request, audited (the file's hash,
 * type and size; never its name or contents), in the caller's transaction: call it in the one
 * that received the request. Throws validation (field `file`) for a refused file.
 */
export async function attachIdentityScan<DB>(
  trx: Kysely<DB>,
  store: FileStore | string,
  ctx: ActionContext,
  at: Date,
  request: { requestId: number; trackingNumber: string },
  upload: Upload,
): Promise<StoredFile> {
  const file = await storeFile(trx, store, upload.bytes, {
    ...identityScanRules,
    name: upload.name,
    at,
  });
  await (trx as unknown as Kysely<FoiFilesTables>)
    .insertInto('foiRequestFiles')
    .values({ requestId: request.requestId, fileId: file.id, kind: 'identity', createdAt: at })
    .execute();
  await recordChange(trx, ctx, at, {
    action: 'foi.request.file.attach',
    targetType: 'foi_request',
    targetId: request.trackingNumber,
    summary: {
      fileId: file.id,
      kind: 'identity',
      mediaType: file.mediaType,
      size: file.size,
      sha256: file.sha256,
    },
  });
  return file;
}

/** A file of a request as the staff page lists it. */
export interface RequestFile {
  id: number;
  kind: RequestFileKind;
  mediaType: string;
  size: number;
  originalName: string;
  createdAt: Date;
}

/** The files of a request, oldest first. */
export async function listRequestFiles<DB>(
  db: Kysely<DB>,
  requestId: number,
): Promise<RequestFile[]> {
  const { rows } = await sql<RequestFile>`
    select f.id, l.kind, f.media_type, f.size, f.original_name, l.created_at
    from foi_request_files l join files f on f.id = l.file_id
    where l.request_id = ${requestId}
    order by l.created_at, f.id`.execute(db);
  return rows.map((row) => ({ ...row, id: Number(row.id), size: Number(row.size) }));
}

/** The link to download a file of a request, for the staff request page. */
export function requestFileUrl(trackingNumber: string, fileId: number): string {
  return `/staff/foi/${encodeURIComponent(trackingNumber)}/files/${fileId}`;
}

/** The request of a tracking number: its id and the path of its org (for the access rule). */
export async function requestOfTrackingNumber<DB>(
  db: Kysely<DB>,
  trackingNumber: string,
): Promise<{ id: number; orgPath: string }> {
  const { rows } = await sql<{ id: number; orgPath: string }>`
    select r.id, o.path as org_path from foi_requests r join accounts_orgs o on o.id = r.org_id
    where r.tracking_number = ${trackingNumber}`.execute(db);
  const row = rows[0];
  if (!row) {
    throw new AppError(
      'not_found',
      'foi_not_found',
      `没有受理编号 ${trackingNumber} / no request ${trackingNumber}`,
    );
  }
  return { id: Number(row.id), orgPath: row.orgPath };
}

/** Whether the file belongs to the request; not_found otherwise. */
export async function ensureRequestFile<DB>(
  db: Kysely<DB>,
  requestId: number,
  fileId: number,
): Promise<void> {
  const link = await (db as unknown as Kysely<FoiFilesTables>)
    .selectFrom('foiRequestFiles')
    .select('fileId')
    .where('requestId', '=', requestId)
    .where('fileId', '=', fileId)
    .executeTakeFirst();
  if (!link) {
    throw new AppError('not_found', 'foi_file_not_found', `没有该文件 / no such file ${fileId}`);
  }
}
