/** The reply letter of a replied request, as a printable page and as .docx (staff). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { ensureCan } from '../accounts/index.ts';
import { foiRequestRule } from './foi.policy.ts';
import { replyLetterDocx, replyLetterHtml } from './reply-letter.ts';

const params = z.object({ trackingNumber: z.string().max(40) });

interface Letter {
  title: string;
  text: string;
  trackingNumber: string;
}

async function letterOf(request: FastifyRequest, db: ModuleDeps['db']): Promise<Letter> {
  const { trackingNumber } = params.parse(request.params);
  const { rows } = await sql<{ replyText: string; repliedOn: string | null; path: string }>`
    select r.reply_text, r.replied_on, o.path from foi_requests r join accounts_orgs o on o.id = r.org_id
    where r.tracking_number = ${trackingNumber}`.execute(db);
  const row = rows[0];
  if (!row)
    throw new AppError(
      'not_found',
      'foi_not_found',
      `没有受理编号 ${trackingNumber} / no request ${trackingNumber}`,
    );
  ensureCan(request.actor, 'read', row.path, foiRequestRule);
  if (!row.repliedOn) {
    throw new AppError(
      'invalid_state',
      'foi_not_replied',
      '尚未答复，没有答复书 / not replied yet: no letter',
    );
  }
  return { title: '政府信息公开申请答复书', text: row.replyText, trackingNumber };
}

export function foiLetterRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/staff/foi/:trackingNumber/letter', async (request, reply) => {
    const letter = await letterOf(request, deps.db);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(replyLetterHtml(letter.title, letter.text));
  });

  app.get('/staff/foi/:trackingNumber/letter.docx', async (request, reply) => {
    const letter = await letterOf(request, deps.db);
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="reply-${letter.trackingNumber}.docx"`)
      .header('cache-control', 'no-store')
      .send(await replyLetterDocx(letter.title, letter.text));
  });
}
