/**
 * Reading a publication's attachments and images (table publishing_attachments, migration 0019).
 * `listPublicAttachments` is what the public site shows under a published item.
 */
import { sql, type ColumnType, type Generated, type Kysely } from 'kysely';
import { fileKinds } from '../../../platform/files/index.ts';

export type AttachmentKind = 'attachment' | 'image';

export interface PublishingAttachmentsTable {
  id: Generated<number>;
  itemId: number;
  fileId: number;
  kind: AttachmentKind;
  title: string;
  position: number;
  /** The text of a PDF's pages as HTML, where it could be read; null otherwise. */
  htmlRendering: string | null;
  createdAt: ColumnType<Date, Date, never>;
}

export interface AttachmentsTables {
  publishingAttachments: PublishingAttachmentsTable;
}

/** An attachment as the pages list it. */
export interface Attachment {
  id: number;
  itemId: number;
  kind: AttachmentKind;
  title: string;
  position: number;
  fileId: number;
  mediaType: string;
  size: number;
  /** The name to download it under: the title and the extension of its content type. */
  fileName: string;
  hasHtmlRendering: boolean;
}

/** The public name of a file: its title (made safe for a path segment) and its type's extension. */
export function downloadName(title: string, mediaType: string): string {
  const kind = Object.values(fileKinds).find((k) => k.mediaType === mediaType);
  const extension = kind ? kind.extensions[0] : 'bin';
  // eslint-disable-next-line no-control-regex
  const base = title.replace(/[\u0000-\u001f\u007f/\\?#%"<>|*:]+/g, ' ').trim() || 'file';
  return `${[...base].slice(0, 80).join('')}.${extension}`;
}

/** The public address of an attachment (served only while its item is published). */
export function attachmentUrl(a: { id: number; fileName: string }): string {
  return `/openness/attachments/${a.id}/${encodeURIComponent(a.fileName)}`;
}

/** The staff address of an attachment (any state, for those with a right in the channel). */
export function staffAttachmentUrl(a: { id: number; fileName: string }): string {
  return `/staff/publishing/attachments/${a.id}/${encodeURIComponent(a.fileName)}`;
}

interface Row {
  id: number;
  itemId: number;
  kind: AttachmentKind;
  title: string;
  position: number;
  fileId: number;
  mediaType: string;
  size: number;
  hasHtmlRendering: boolean;
}

function attachmentOf(row: Row): Attachment {
  return {
    ...row,
    id: Number(row.id),
    itemId: Number(row.itemId),
    fileId: Number(row.fileId),
    size: Number(row.size),
    fileName: downloadName(row.title, row.mediaType),
  };
}

/** The attachments and images of an item, in their order. */
export async function listAttachments(db: Kysely<unknown>, itemId: number): Promise<Attachment[]> {
  const { rows } = await sql<Row>`
    select a.id, a.item_id, a.kind, a.title, a.position, a.file_id, f.media_type, f.size,
      a.html_rendering is not null as has_html_rendering
    from publishing_attachments a join files f on f.id = a.file_id
    where a.item_id = ${itemId}
    order by a.position, a.id`.execute(db);
  return rows.map(attachmentOf);
}

/** One attachment; undefined if there is none with that id. */
export async function findAttachment(
  db: Kysely<unknown>,
  id: number,
): Promise<(Attachment & { itemState: string }) | undefined> {
  const { rows } = await sql<Row & { itemState: string }>`
    select a.id, a.item_id, a.kind, a.title, a.position, a.file_id, f.media_type, f.size,
      a.html_rendering is not null as has_html_rendering, i.state as item_state
    from publishing_attachments a join files f on f.id = a.file_id
      join publishing_items i on i.id = a.item_id
    where a.id = ${id}`.execute(db);
  const row = rows[0];
  return row ? { ...attachmentOf(row), itemState: row.itemState } : undefined;
}

/** An attachment of a published item as the public site shows it. */
export interface PublicAttachment {
  id: number;
  kind: AttachmentKind;
  title: string;
  fileName: string;
  size: number;
  mediaType: string;
  url: string;
  /** The PDF's text as sanitised HTML, where it could be read. */
  htmlRendering?: string;
}

/**
 * The attachments and images of an item for the public site; empty unless the item is published
 * (a withdrawn or draft item shows nothing).
 */
export async function listPublicAttachments(
  db: Kysely<unknown>,
  itemId: number,
): Promise<PublicAttachment[]> {
  const { rows } = await sql<Row & { htmlRendering: string | null }>`
    select a.id, a.item_id, a.kind, a.title, a.position, a.file_id, f.media_type, f.size,
      a.html_rendering
    from publishing_attachments a join files f on f.id = a.file_id
      join publishing_items i on i.id = a.item_id
    where a.item_id = ${itemId} and i.state = 'published'
    order by a.position, a.id`.execute(db);
  return rows.map((row) => {
    const a = attachmentOf({ ...row, hasHtmlRendering: row.htmlRendering !== null });
    return {
      id: a.id,
      kind: a.kind,
      title: a.title,
      fileName: a.fileName,
      size: a.size,
      mediaType: a.mediaType,
      url: attachmentUrl(a),
      ...(row.htmlRendering !== null ? { htmlRendering: row.htmlRendering } : {}),
    };
  });
}
