import type { FastifyRequest } from 'fastify';
import type { AppError } from '../errors/index.ts';

/**
 * The bytes of a form's one uploaded file (at most the multipart size limit of security.ts).
 * Throws the caller's `missing` error when no file was chosen, `tooLarge` past the limit.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  problems: { missing: () => AppError; tooLarge: () => AppError },
): Promise<Buffer> {
  if (!request.isMultipart()) throw problems.missing();
  const file = await request.file();
  if (!file || file.filename === '') throw problems.missing();
  try {
    return await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw problems.tooLarge();
    throw error;
  }
}
