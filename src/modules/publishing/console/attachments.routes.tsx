/**
 * Attachments: upload to a draft and remove from it (staff), and the public download of the
 * attachments of published items — only while the item is published.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { isAppError, type AppError, type FieldError } from '../../../platform/errors/index.ts';
import { readStoredFile, type FileProblem } from '../../../platform/files/index.ts';
import { contextOf } from '../../../platform/http/index.ts';
import type { Attachment, AttachmentKind } from './attachments.queries.ts';
import { downloadName, findAttachment } from './attachments.queries.ts';
import { addAttachment, attachmentRules, removeAttachment } from './attachments.service.ts';
import { idOf, itemForActor, notFound, staffActor } from './console.access.ts';
import { itemPageData, validationErrors } from './items.routes.tsx';
import { ItemPage } from './views/item.page.tsx';
import { itemHref } from './views/labels.tsx';

const fileMessages: Record<FileProblem, string> = {
  file_empty: 'publishingConsole.file.empty',
  file_too_large: 'publishingConsole.file.tooLarge',
  file_type_not_allowed: 'publishingConsole.file.notAllowed',
  file_disguised: 'publishingConsole.file.disguised',
  file_name_mismatch: 'publishingConsole.file.mismatch',
};

/** A refused file's error as this page words it (the platform's reason and values). */
function fileErrorOf(error: AppError): FieldError {
  const vars = error.details.vars as Record<string, string | number> | undefined;
  return {
    field: 'file',
    message: fileMessages[error.code as FileProblem],
    ...(vars ? { vars } : {}),
  };
}

function isFileProblem(error: unknown): error is AppError {
  return (
    isAppError(error) && error.kind === 'validation' && Object.hasOwn(fileMessages, error.code)
  );
}

const largest = Math.max(...Object.values(attachmentRules).map((r) => r.maxBytes));

interface UploadForm {
  values: Record<string, string>;
  bytes?: Buffer;
  name: string;
  tooLarge: boolean;
}

/** The multipart form: its few fields and the one file (read to the end, cut off past the limit). */
async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  const form: UploadForm = { values: {}, name: '', tooLarge: false };
  if (!request.isMultipart()) return form;
  const isTooLarge = (error: unknown) =>
    (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';
  try {
    const parts = request.parts({
      limits: { fields: 4, fieldSize: 4096, files: 1, parts: 5, fileSize: largest },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer().catch((error: unknown) => {
          if (!isTooLarge(error)) throw error;
          form.tooLarge = true;
          return undefined;
        });
        if (part.fieldname === 'file' && bytes && (part.filename !== '' || bytes.length > 0)) {
          form.bytes = bytes;
          form.name = part.filename;
        }
      } else if (typeof part.value === 'string') {
        form.values[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (!(form.tooLarge && isTooLarge(error))) throw error;
  }
  return form;
}

/** What is wrong with the form before the file is looked at; empty when nothing. */
function formProblems(form: UploadForm): FieldError[] {
  const kind = form.values['kind'];
  const errors: FieldError[] = [];
  if (kind !== 'attachment' && kind !== 'image') {
    errors.push({ field: 'kind', message: 'publishingConsole.error.attachmentKind' });
  }
  if (form.tooLarge) {
    const maxMb = String(largest / (1024 * 1024));
    errors.push({ field: 'file', message: 'publishingConsole.file.tooLarge', vars: { maxMb } });
  } else if (!form.bytes) {
    errors.push({ field: 'file', message: 'publishingConsole.file.missing' });
  }
  return errors;
}

export function attachmentsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock, config } = deps;

  app.post('/staff/publishing/items/:id/attachments', async (request, reply) => {
    const id = idOf((request.params as Record<string, unknown>)['id']);
    staffActor(request);
    const form = await readUploadForm(request);
    let errors = formProblems(form);
    if (errors.length === 0) {
      try {
        await addAttachment(db, config.dataDir, clock, contextOf(request), id, {
          kind: form.values['kind'] as AttachmentKind,
          title: form.values['attachmentTitle'] ?? '',
          bytes: form.bytes!,
          name: form.name,
        });
        return reply.redirect(`${itemHref(id)}?done=attachment`, 303);
      } catch (error) {
        if (isFileProblem(error)) errors = [fileErrorOf(error)];
        else errors = validationErrors(error) ?? [];
        if (errors.length === 0) throw error;
      }
    }
    const data = await itemPageData(db, request, id);
    const values = {
      kind: form.values['kind'] ?? '',
      attachmentTitle: form.values['attachmentTitle'] ?? '',
    };
    return reply.page(<ItemPage data={data} attachmentForm={{ values, errors }} />, 422);
  });

  app.post(
    '/staff/publishing/items/:id/attachments/:attachmentId/remove',
    async (request, reply) => {
      const params = request.params as Record<string, unknown>;
      const id = idOf(params['id']);
      const attachmentId = idOf(params['attachmentId']);
      staffActor(request);
      await removeAttachment(db, clock, contextOf(request), id, attachmentId);
      return reply.redirect(`${itemHref(id)}?done=attachmentRemoved`, 303);
    },
  );

  /** The file with its type, shown in the browser under the attachment's title. */
  async function send(reply: FastifyReply, found: Attachment, cache: string) {
    const { row, bytes } = await readStoredFile(db, config.dataDir, found.fileId);
    const name = downloadName(found.title, row.mediaType);
    const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
    return reply
      .type(row.mediaType)
      .header(
        'content-disposition',
        `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      )
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', cache)
      .send(bytes);
  }

  app.get('/openness/attachments/:id/:fileName', async (request, reply) => {
    const params = request.params as Record<string, unknown>;
    const found = await findAttachment(db, idOf(params['id']));
    // Only what is public: a draft's, a withdrawn or superseded item's files are not served here.
    if (!found || found.itemState !== 'published') throw notFound('附件');
    return send(reply, found, 'public, max-age=300');
  });

  // Staff see a draft's files before approving it: those with a right in its channel only.
  app.get('/staff/publishing/attachments/:id/:fileName', async (request, reply) => {
    const params = request.params as Record<string, unknown>;
    const found = await findAttachment(db, idOf(params['id']));
    if (!found) throw notFound('附件');
    await itemForActor(db, staffActor(request), found.itemId);
    return send(reply, found, 'no-store');
  });
}
