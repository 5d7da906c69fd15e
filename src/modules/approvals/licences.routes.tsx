/**
 * Licence pages: the public check by code (/services/licences, a GET form) and the staff's
 * printable licence (/staff/approvals/registrations/:code/licence).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { formValues } from '../../platform/http/index.ts';
import { emptyForm } from '../../platform/views/index.ts';
import { checkCreditCode, creditCodeMessage } from './credit-codes.ts';
import { ensureCanReadLicence } from './licences.policy.ts';
import { findLicenceByCode } from './licences.queries.ts';
import { LicenceCheckPage, type LicenceCheckResult } from './views/licence-check.page.tsx';
import { LicencePrintPage } from './views/licence-print.page.tsx';

const checkQuery = z.object({ code: z.string().max(100).optional() });
const codeParams = z.object({ code: z.string().max(100) });

export function licencesRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db } = deps;

  app.get(
    '/services/licences',
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const parsed = checkQuery.safeParse(request.query);
      const raw = parsed.success ? (parsed.data.code ?? '') : '';
      const values = formValues(request.query);
      if (parsed.success && parsed.data.code === undefined) {
        return reply.page(<LicenceCheckPage form={emptyForm} result={null} />);
      }
      const check = checkCreditCode(raw);
      if (!check.valid) {
        const message = raw.trim()
          ? creditCodeMessage(check.reason ?? 'length')
          : 'creditCode.error.required';
        const form = { values, errors: [{ field: 'code', message }] };
        return reply.page(<LicenceCheckPage form={form} result={null} />, 422);
      }
      const licence = await findLicenceByCode(db, check.code);
      const result: LicenceCheckResult = licence
        ? {
            kind: 'issued',
            code: check.code,
            licence: {
              creditCode: licence.creditCode,
              name: licence.name,
              kind: licence.kind,
              legalRepresentative: licence.legalRepresentative,
              address: licence.address,
              establishedOn: licence.establishedOn,
              status: licence.status,
              issuingOrgName: licence.issuingOrgName,
            },
          }
        : { kind: 'notIssued', code: check.code };
      const form = { values: { code: check.code }, errors: [] };
      return reply.page(<LicenceCheckPage form={form} result={result} />);
    },
  );

  app.get('/staff/approvals/registrations/:code/licence', async (request, reply) => {
    const { code } = codeParams.parse(request.params);
    const check = checkCreditCode(code);
    const licence = check.valid ? await findLicenceByCode(db, check.code) : undefined;
    if (!licence) {
      throw new AppError('not_found', 'licence_not_found', '没有这个营业执照 / no such licence');
    }
    ensureCanReadLicence(request.actor, licence);
    return reply.page(<LicencePrintPage licence={licence} />);
  });
}
