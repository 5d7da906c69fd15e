/**
 * The public pages of 依申请公开: the application form (条例第29条) with an optional scan of the
 * ID or licence, its receipt, and the status of a request by tracking number and access code.
 * POST forms with CSRF tokens, rate-limited like the login; no scripts needed.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { isAppError, type AppError, type FieldError } from '../../platform/errors/index.ts';
import { checkFile, type FileProblem } from '../../platform/files/index.ts';
import { contextOf, formValues } from '../../platform/http/index.ts';
import { emptyForm, type FormState } from '../../platform/views/index.ts';
import { parseApplication, type ApplicationInput } from './foi.schemas.ts';
import { receiveRequest } from './foi.service.ts';
import { attachIdentityScan, identityScanRules, type Upload } from './foi-files.ts';
import { readPublicStatus } from './foi-status.service.ts';
import {
  ApplyPage,
  applyFields,
  applyPageOrder,
  fileField,
  type ApplyField,
} from './views/public-apply.page.tsx';
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

/**
 * The application's field paths (`applicant.idNumber`) back on the form's fields, with the scan's
 * problem if any, in page order.
 */
function formErrors(fields: { field: string; message: string }[], file?: FieldError): FieldError[] {
  const errors: FieldError[] = fields.map((f) => ({
    field:
      flatOf.get(f.field) ?? (f.field.startsWith('applicant') ? 'applicantType' : 'description'),
    message: f.message,
  }));
  if (file) errors.push(file);
  return errors
    .filter((e, i) => errors.findIndex((o) => o.field === e.field) === i)
    .sort((a, b) => applyPageOrder.indexOf(a.field) - applyPageOrder.indexOf(b.field));
}

/** Why a scan was refused (platform/files' codes), in the form's words. */
const fileMessages: Record<FileProblem, string> = {
  file_empty: 'foiPublic.file.empty',
  file_too_large: 'foiPublic.file.tooLarge',
  file_type_not_allowed: 'foiPublic.file.notAllowed',
  file_disguised: 'foiPublic.file.disguised',
  file_name_mismatch: 'foiPublic.file.mismatch',
};

function isFileProblem(error: unknown): error is AppError {
  return (
    isAppError(error) && error.kind === 'validation' && Object.hasOwn(fileMessages, error.code)
  );
}

function fileErrorOf(error: AppError): FieldError {
  const vars = error.details.vars as Record<string, string | number> | undefined;
  return {
    field: fileField,
    message: fileMessages[error.code as FileProblem],
    ...(vars ? { vars } : {}),
  };
}

/** What the form sent: its fields as strings, and the scan if one was chosen. */
interface ApplyForm {
  values: Record<string, string>;
  upload?: Upload;
  /** The scan was cut off at the size limit. */
  tooLarge: boolean;
}

const formFieldNames = new Set<string>(fieldOrder);

/**
 * Reads the application as sent: multipart (the page, for the scan), or url-encoded (a form
 * without a file input). One file of at most 5 MB in `file`; a larger one is cut off by the parser
 * and reported, the fields after it still read so that nothing typed is lost.
 */
async function readApplyForm(request: FastifyRequest): Promise<ApplyForm> {
  if (!request.isMultipart()) return { values: formValues(request.body), tooLarge: false };
  const values: Record<string, string> = {};
  let upload: Upload | undefined;
  let tooLarge = false;
  const isTooLarge = (error: unknown) =>
    (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';
  try {
    const parts = request.parts({
      limits: {
        fields: 20,
        fieldSize: 16 * 1024,
        files: 1,
        parts: 21,
        fileSize: identityScanRules.maxBytes,
      },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        // Read to the end in any case: the parser gives the next part only after this one.
        const bytes = await part.toBuffer().catch((error: unknown) => {
          if (!isTooLarge(error) || part.fieldname !== fileField) throw error;
          tooLarge = true;
          return undefined;
        });
        // A file input left empty still sends a part: no name, no bytes.
        if (part.fieldname !== fileField || !bytes || (part.filename === '' && !bytes.length)) {
          continue;
        }
        upload = { bytes, name: part.filename };
      } else if (formFieldNames.has(part.fieldname) && !(part.fieldname in values)) {
        values[part.fieldname] = typeof part.value === 'string' ? part.value : '';
      }
    }
  } catch (error) {
    // The parser repeats the size limit once the body has been read to its end.
    if (!(tooLarge && isTooLarge(error))) throw error;
  }
  return { values, upload, tooLarge };
}

/** The scan's problem, before anything is written: cut off at the limit, or refused by content. */
function scanProblem(form: ApplyForm): FieldError | undefined {
  if (form.tooLarge) {
    const maxMb = String(identityScanRules.maxBytes / (1024 * 1024));
    return { field: fileField, message: fileMessages.file_too_large, vars: { maxMb } };
  }
  if (!form.upload) return undefined;
  try {
    checkFile(form.upload.bytes, { ...identityScanRules, name: form.upload.name });
    return undefined;
  } catch (error) {
    if (isFileProblem(error)) return fileErrorOf(error);
    throw error;
  }
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
  const { db, clock, config } = deps;

  app.get('/foi/apply', (_request, reply) => reply.page(<ApplyPage state={emptyForm} />));

  app.post(
    '/foi/apply',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const form = await readApplyForm(request);
      const { values, upload } = form;
      const application = applicationOf(values);
      const refused = (errors: FieldError[], scanRefused: boolean) =>
        reply.page(
          <ApplyPage
            state={{ values, errors }}
            chooseAgain={upload !== undefined && !scanRefused}
          />,
          422,
        );
      // A refused scan is named together with every other problem of the form.
      const scanError = scanProblem(form);
      if (scanError) {
        const parsed = parseApplication(application);
        return refused(formErrors(parsed.ok ? [] : parsed.fields, scanError), true);
      }
      try {
        const ctx = contextOf(request);
        // The request and its scan are received together or not at all.
        const receipt = await db.transaction().execute(async (trx) => {
          const received = await receiveRequest(trx, clock, ctx, application, {
            channel: 'online',
          });
          if (upload) {
            await attachIdentityScan(trx, config.dataDir, ctx, clock.now(), received, upload);
          }
          return received;
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
        if (isFileProblem(error)) return refused(formErrors([], fileErrorOf(error)), true);
        if (isAppError(error) && error.kind === 'validation') {
          return refused(formErrors(error.details.fields ?? []), false);
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
