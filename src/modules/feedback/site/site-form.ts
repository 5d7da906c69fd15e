/**
 * The public form as sent: url-encoded (no images) or multipart (the page, up to 5 images,
 * JPEG or PNG of at most 5 MB each, sniffed by platform/files); the images are kept in
 * feedback_attachments with the appeal, in the same transaction.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { isAppError, type FieldError } from '../../../platform/errors/index.ts';
import { checkFile, storeFile, type FileRules } from '../../../platform/files/index.ts';
import { formValues } from '../../../platform/http/index.ts';
import { feedbackDb } from '../feedback.queries.ts';
import { appealLimits } from '../feedback.schemas.ts';

export interface Upload {
  bytes: Buffer;
  name: string;
}

export interface AppealForm {
  values: Record<string, string>;
  images: Upload[];
  /** An image was cut off at the size limit, or more than the limit were sent. */
  tooLarge: boolean;
  tooMany: boolean;
}

export const imageRules: FileRules = {
  allowed: ['jpeg', 'png'],
  maxBytes: appealLimits.attachmentBytes,
};

export const formFields = [
  'kind',
  'subject',
  'content',
  'place',
  'orgCode',
  'name',
  'phone',
  'email',
  'publicAllowed',
] as const;
const known = new Set<string>(formFields);

const isTooLarge = (error: unknown) =>
  (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';

export async function readAppealForm(request: FastifyRequest): Promise<AppealForm> {
  const form: AppealForm = { values: {}, images: [], tooLarge: false, tooMany: false };
  if (!request.isMultipart()) {
    const values = formValues(request.body);
    for (const key of Object.keys(values)) if (!known.has(key)) delete values[key];
    return { ...form, values };
  }
  try {
    const parts = request.parts({
      limits: {
        fields: 20,
        fieldSize: 16 * 1024,
        files: appealLimits.attachments + 1,
        parts: 30,
        fileSize: imageRules.maxBytes,
      },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        // Read each file to its end: the parser gives the next part only after this one.
        const bytes = await part.toBuffer().catch((error: unknown) => {
          if (!isTooLarge(error)) throw error;
          form.tooLarge = true;
          return undefined;
        });
        if (part.fieldname !== 'images' || !bytes || (part.filename === '' && !bytes.length)) {
          continue;
        }
        if (form.images.length >= appealLimits.attachments) form.tooMany = true;
        else form.images.push({ bytes, name: part.filename });
      } else if (known.has(part.fieldname) && !(part.fieldname in form.values)) {
        form.values[part.fieldname] = typeof part.value === 'string' ? part.value : '';
      }
    }
  } catch (error) {
    if (!(form.tooLarge && isTooLarge(error))) {
      if ((error as { code?: string }).code === 'FST_FILES_LIMIT') form.tooMany = true;
      else throw error;
    }
  }
  return form;
}

const problemKeys: Record<string, string> = {
  file_empty: 'feedbackSite.error.imageEmpty',
  file_too_large: 'feedbackSite.error.imageTooLarge',
  file_type_not_allowed: 'feedbackSite.error.imageType',
  file_disguised: 'feedbackSite.error.imageType',
  file_name_mismatch: 'feedbackSite.error.imageType',
};

/** The images' problem, before anything is written. */
export function imagesProblem(form: AppealForm): FieldError | undefined {
  const maxMb = String(imageRules.maxBytes / (1024 * 1024));
  if (form.tooMany) {
    return {
      field: 'images',
      message: 'feedbackSite.error.imageCount',
      vars: { max: appealLimits.attachments },
    };
  }
  if (form.tooLarge) {
    return { field: 'images', message: 'feedbackSite.error.imageTooLarge', vars: { maxMb } };
  }
  for (const image of form.images) {
    try {
      checkFile(image.bytes, { ...imageRules, name: image.name });
    } catch (error) {
      if (!isAppError(error) || !(error.code in problemKeys)) throw error;
      return {
        field: 'images',
        message: problemKeys[error.code]!,
        vars: { maxMb, name: image.name },
      };
    }
  }
  return undefined;
}

/** Stores the images and attaches them to the appeal, in the caller's transaction. */
export async function attachImages(
  trx: Kysely<unknown>,
  dataDir: string,
  appealId: number,
  images: Upload[],
  at: Date,
): Promise<void> {
  let position = 0;
  for (const image of images) {
    const file = await storeFile(trx, dataDir, image.bytes, {
      ...imageRules,
      name: image.name,
      at,
    });
    position += 1;
    await feedbackDb(trx)
      .insertInto('feedbackAttachments')
      .values({ appealId, fileId: Number(file.id), position })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Full-width letters and digits (a Chinese keyboard) as ASCII, without spaces. */
export function normalised(value: string | undefined): string {
  return (value ?? '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase()
    .slice(0, 40);
}
