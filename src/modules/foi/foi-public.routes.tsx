/**
 * The public pages of 依申请公开: the application form (条例第29条) and its receipt, and the status
 * of a request by tracking number and access code. POST forms with CSRF tokens, rate-limited like
 * the login; no scripts needed.
 */
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf, formValues } from '../../platform/http/index.ts';
import { emptyForm, type FormState } from '../../platform/views/index.ts';
import type { ApplicationInput } from './foi.schemas.ts';
import { receiveRequest } from './foi.service.ts';
import { readPublicStatus } from './foi-status.service.ts';
import { ApplyPage, applyFields, type ApplyField } from './views/public-apply.page.tsx';
import { ReceiptPage } from './views/public-receipt.page.tsx';
import { StatusFormPage, StatusPage } from './views/public-status.page.tsx';

const fieldOrder = Object.keys(applyFields) as ApplyField[];
const flatOf = new Map<string, ApplyField>(
  fieldOrder.map((field) => [applyFields[field], field] as const),
);

/** The flat form as the nested application; a choice not made stays absent. */
function applicationOf(values: Record<string, string>): ApplicationInput {
  const given = (name: ApplyField) => (values[name] === '' ? undefined : values[name]);
  return {
    applicant: {
      type: given('applicantType'),
      name: values.name ?? '',
      idType: given('idType'),
      idNumber: values.idNumber ?? '',
      phone: values.phone ?? '',
      email: values.email ?? '',
      address: values.address ?? '',
    },
    description: values.description ?? '',
    documentNumber: values.documentNumber ?? '',
    form: given('format'),
    delivery: given('delivery'),
  } as ApplicationInput;
}

/** The application's field paths (`applicant.idNumber`) back on the form's fields, in page order. */
function formErrors(fields: { field: string; message: string }[]): FieldError[] {
  const errors = fields.map((f) => ({
    field:
      flatOf.get(f.field) ?? (f.field.startsWith('applicant') ? 'applicantType' : 'description'),
    message: f.message,
  }));
  return errors
    .filter((e, i) => errors.findIndex((o) => o.field === e.field) === i)
    .sort(
      (a, b) =>
        fieldOrder.indexOf(a.field as ApplyField) - fieldOrder.indexOf(b.field as ApplyField),
    );
}

/** Full-width digits, letters and dashes (typed on a Chinese keyboard) as ASCII; no spaces. */
function normalised(value: string | undefined): string {
  return (value ?? '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212\u30fc]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** A tracking number as issued (2026-1234-5678), also when typed as twelve digits. */
function trackingNumberOf(value: string | undefined): string {
  const plain = normalised(value);
  return /^\d{12}$/.test(plain)
    ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`
    : plain;
}

export function foiPublicRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.get('/foi/apply', (_request, reply) => reply.page(<ApplyPage state={emptyForm} />));

  app.post(
    '/foi/apply',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const values = formValues(request.body);
      try {
        const receipt = await receiveRequest(db, clock, contextOf(request), applicationOf(values), {
          channel: 'online',
        });
        // Whether the due date rests on a year whose holidays are not published yet.
        const status = await readPublicStatus(
          db,
          clock,
          receipt.trackingNumber,
          receipt.accessCode,
        );
        return reply.page(
          <ReceiptPage
            receipt={{
              trackingNumber: receipt.trackingNumber,
              accessCode: receipt.accessCode,
              receivedOn: receipt.receivedOn,
              dueOn: receipt.dueOn,
              provisional: status.dueBasis === 'provisional',
            }}
          />,
        );
      } catch (error) {
        if (isAppError(error) && error.kind === 'validation') {
          const errors = formErrors(error.details.fields ?? []);
          return reply.page(<ApplyPage state={{ values, errors }} />, 422);
        }
        throw error;
      }
    },
  );

  app.get('/foi/status', (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const given = typeof query.trackingNumber === 'string' ? query.trackingNumber.slice(0, 40) : '';
    const state: FormState = { values: { trackingNumber: given }, errors: [] };
    return reply.page(<StatusFormPage state={state} />);
  });

  app.post(
    '/foi/status',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const values = formValues(request.body);
      const trackingNumber = trackingNumberOf(values.trackingNumber).slice(0, 40);
      const accessCode = normalised(values.accessCode).slice(0, 40);
      // The code is never put back into the page.
      const kept = { trackingNumber: values.trackingNumber?.trim() ?? '' };
      const missing: FieldError[] = [
        ...(trackingNumber
          ? []
          : [{ field: 'trackingNumber', message: 'foiPublic.status.error.trackingNumber' }]),
        ...(accessCode
          ? []
          : [{ field: 'accessCode', message: 'foiPublic.status.error.accessCode' }]),
      ];
      if (missing.length > 0) {
        return reply.page(<StatusFormPage state={{ values: kept, errors: missing }} />, 422);
      }
      try {
        const status = await readPublicStatus(db, clock, trackingNumber, accessCode);
        return reply.page(<StatusPage status={status} />);
      } catch (error) {
        if (isAppError(error) && error.code === 'foi_not_found') {
          // One message for a wrong number and a wrong code: neither is confirmed to a guesser.
          const errors = [{ field: 'trackingNumber', message: 'foiPublic.status.notFound' }];
          return reply.page(<StatusFormPage state={{ values: kept, errors }} />, 404);
        }
        throw error;
      }
    },
  );
}
