/**
 * Attachments and images of a draft: the file is checked by its content (sniffed, never by name
 * or declared type) and size, kept through platform/files, and linked to the item; adding and
 * removing are edits of the draft (a history row, so the two-person rule counts whoever did it).
 * Errors: validation (field `file` or `attachmentTitle`), forbidden not_allowed, not_found
 * item_not_found | attachment_not_found, invalid_state item_state.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import { storeFile, type FileRules, type FileStore } from '../../../platform/files/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { ensureCanInChannel } from '../publishing.policy.ts';
import type { PublishingTables } from '../publishing.tables.ts';
import { ensureStepFrom, invalid, loadForStep, recordStep, type Trx } from '../workflow.ts';
import type { AttachmentKind, AttachmentsTables } from './attachments.queries.ts';
import { consoleMessages } from './console.messages.ts';
import { pdfToHtml } from './pdf-rendering.ts';

/**
 * What each kind accepts, by content. Attachments: PDF (the usual form of a document) and scans
 * up to 20 MB; images in the body: JPEG and PNG up to 5 MB, enough for a photo at web size.
 * Sizes are this county's choice, not a legal rule.
 */
export const attachmentRules: Record<AttachmentKind, FileRules> = {
  attachment: { allowed: ['pdf', 'jpeg', 'png'], maxBytes: 20 * 1024 * 1024 },
  image: { allowed: ['jpeg', 'png'], maxBytes: 5 * 1024 * 1024 },
};

export interface AttachmentUpload {
  kind: AttachmentKind;
  title: string;
  bytes: Buffer;
  name: string;
}

type Db = Kysely<AttachmentsTables>;

function attachmentNotFound(id: number): AppError {
  return new AppError('not_found', 'attachment_not_found', `没有附件 ${id} / no attachment ${id}`);
}

/** A draft locked for a change of its files, with the actor's right checked. */
async function draftForFiles(trx: Trx, ctx: ActionContext, itemId: number) {
  const found = await loadForStep(trx, itemId);
  ensureCanInChannel(ctx.actor, 'author', found.channel.orgPath);
  // Only a draft changes; a published item changes by a new edition.
  ensureStepFrom(found.item, 'submit');
  return found;
}

/** Checks, keeps and links an uploaded file to a draft; returns the attachment's id. */
export async function addAttachment(
  db: Kysely<unknown>,
  store: FileStore | string,
  clock: Clock,
  ctx: ActionContext,
  itemId: number,
  upload: AttachmentUpload,
): Promise<number> {
  const title = upload.title.trim() || upload.name.replace(/\.[^.]*$/, '').trim();
  if (title.length < 1 || [...title].length > 200) {
    throw invalid(
      [{ field: 'attachmentTitle', message: 'publishingConsole.error.attachmentTitle' }],
      consoleMessages,
    );
  }
  const at = clock.now();
  return (db as Kysely<PublishingTables>).transaction().execute(async (trx) => {
    const { item, channel } = await draftForFiles(trx, ctx, itemId);
    const file = await storeFile(trx as unknown as Kysely<unknown>, store, upload.bytes, {
      ...attachmentRules[upload.kind],
      name: upload.name,
      at,
    });
    const htmlRendering =
      file.mediaType === 'application/pdf' ? await pdfToHtml(upload.bytes) : null;
    const files = trx as unknown as Kysely<AttachmentsTables>;
    const last = await files
      .selectFrom('publishingAttachments')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('itemId', '=', itemId)
      .executeTakeFirst();
    const { id } = await files
      .insertInto('publishingAttachments')
      .values({
        itemId,
        fileId: file.id,
        kind: upload.kind,
        title,
        position: last?.position == null ? 0 : Number(last.position) + 1,
        htmlRendering,
        createdAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordStep(trx, ctx, at, {
      item,
      channel,
      from: 'draft',
      to: 'draft',
      action: 'attachment_add',
      note: title,
      summary: {
        attachmentId: Number(id),
        kind: upload.kind,
        fileId: file.id,
        mediaType: file.mediaType,
        size: file.size,
        sha256: file.sha256,
      },
    });
    return Number(id);
  });
}

/** Removes an attachment from a draft (the stored file stays, as files are shared by content). */
export async function removeAttachment(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  itemId: number,
  attachmentId: number,
): Promise<void> {
  const at = clock.now();
  await (db as Kysely<PublishingTables>).transaction().execute(async (trx) => {
    const { item, channel } = await draftForFiles(trx, ctx, itemId);
    const files = trx as unknown as Kysely<AttachmentsTables>;
    const removed = await files
      .deleteFrom('publishingAttachments')
      .where('id', '=', attachmentId)
      .where('itemId', '=', itemId)
      .returning('title')
      .executeTakeFirst();
    if (!removed) throw attachmentNotFound(attachmentId);
    await recordStep(trx, ctx, at, {
      item,
      channel,
      from: 'draft',
      to: 'draft',
      action: 'attachment_remove',
      note: removed.title,
      summary: { attachmentId },
    });
  });
}

/** Gives a new edition the attachments of the edition it revises (in the caller's transaction). */
export async function copyAttachments(db: Kysely<unknown>, fromItemId: number, toItemId: number) {
  const handle = db as Db;
  const rows = await handle
    .selectFrom('publishingAttachments')
    .select(['fileId', 'kind', 'title', 'position', 'htmlRendering', 'createdAt'])
    .where('itemId', '=', fromItemId)
    .orderBy('position')
    .execute();
  if (rows.length === 0) return;
  await handle
    .insertInto('publishingAttachments')
    .values(rows.map((r) => ({ ...r, itemId: toItemId })))
    .execute();
}
