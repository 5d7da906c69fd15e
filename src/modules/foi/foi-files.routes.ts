/**
 * Staff download of a request's files (the applicant's proof of identity): only for staff who may
 * read the request, as an attachment the browser never renders or sniffs, each download audited.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { recordChange } from '../../platform/audit/index.ts';
import { fileKinds, readStoredFile } from '../../platform/files/index.ts';
import { contextOf } from '../../platform/http/index.ts';
import { ensureCan } from '../accounts/index.ts';
import { ensureRequestFile, requestOfTrackingNumber } from './foi-files.ts';
import { foiRequestRule } from './foi.policy.ts';

const params = z.object({
  trackingNumber: z.string().max(40),
  fileId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** RFC 5987 encoding of a header parameter: UTF-8, percent-encoded beyond the attr-chars. */
function encodeParameter(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `attachment` with a plain ASCII name made of the request and file (every browser) and the
 * original name as sent (filename*, where there is one).
 */
function attachmentDisposition(fallback: string, originalName: string): string {
  const plain = `attachment; filename="${fallback}"`;
  return originalName ? `${plain}; filename*=UTF-8''${encodeParameter(originalName)}` : plain;
}

function extensionOfMediaType(mediaType: string): string {
  const kind = Object.values(fileKinds).find((k) => k.mediaType === mediaType);
  return kind ? kind.extensions[0] : 'bin';
}

export function foiFilesRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock, config } = deps;

  app.get('/staff/foi/:trackingNumber/files/:fileId', async (request, reply) => {
    const { trackingNumber, fileId } = params.parse(request.params);
    const found = await requestOfTrackingNumber(db, trackingNumber);
    // Who may not read the request learns nothing of its files.
    ensureCan(request.actor, 'read', found.orgPath, foiRequestRule);
    await ensureRequestFile(db, found.id, fileId);
    const { row, bytes } = await readStoredFile(db, config.dataDir, fileId);
    // Proof of identity is sensitive personal information: who opened it is kept.
    await recordChange(db, contextOf(request), clock.now(), {
      action: 'foi.request.file.download',
      targetType: 'foi_request',
      targetId: trackingNumber,
      summary: { fileId },
    });
    const fallback = `${trackingNumber.replace(/[^0-9A-Za-z-]/g, '')}-${fileId}.${extensionOfMediaType(row.mediaType)}`;
    return reply
      .type(row.mediaType)
      .header('content-disposition', attachmentDisposition(fallback, row.originalName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(bytes);
  });
}
