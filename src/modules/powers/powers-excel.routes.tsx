/** The catalog in Excel: GET /staff/powers/export.xlsx and the import at /staff/powers/import. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { isLocalDate } from '../../platform/calendar/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError, isAppError, type FieldError } from '../../platform/errors/index.ts';
import { contextOf } from '../../platform/http/index.ts';
import { attachmentDisposition, xlsxContentType } from '../accounts/index.ts';
import { readPowerWorkbook, writePowerWorkbook, type RowProblem } from './powers.excel.ts';
import { ensureCanImportPowers, importPowers } from './powers.import.ts';
import { listPowersForExport } from './powers.queries.ts';
import { PowerImportDonePage, PowerImportPage } from './views/import.page.tsx';

function fileProblem(code: string, key: string, message: string): AppError {
  return new AppError('validation', code, message, { fields: [{ field: 'file', message: key }] });
}

/** The upload's file and its fields (文号, date, "good rows only"), in whatever order they come. */
async function readUpload(request: FastifyRequest) {
  const fields: Record<string, string> = {};
  let file: Buffer | undefined;
  if (!request.isMultipart()) {
    throw fileProblem(
      'power_import_no_file',
      'powers.import.fileRequired',
      '文件：请选择 .xlsx 文件 / choose a file',
    );
  }
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.filename !== '' && data.length > 0) file = data;
      } else {
        fields[part.fieldname] = String(part.value ?? '').trim();
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw fileProblem(
        'power_import_too_large',
        'powers.import.tooLarge',
        '文件：超过 5 MB / larger than 5 MB',
      );
    }
    throw error;
  }
  return { file, fields };
}

export function powersExcelRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.get('/staff/powers/export.xlsx', async (_request, reply) => {
    const workbook = await writePowerWorkbook(await listPowersForExport(db));
    return reply
      .type(xlsxContentType)
      .header(
        'content-disposition',
        attachmentDisposition(`powers-${localDateOf(clock.now())}.xlsx`),
      )
      .header('cache-control', 'no-store')
      .send(workbook);
  });

  app.get('/staff/powers/import', async (request, reply) => {
    ensureCanImportPowers(contextOf(request));
    return reply.page(<PowerImportPage errors={[]} rows={[]} values={{}} />);
  });

  app.post('/staff/powers/import', async (request, reply) => {
    const ctx = contextOf(request);
    ensureCanImportPowers(ctx);
    let values: Record<string, string> = {};
    try {
      const { file, fields } = await readUpload(request);
      values = fields;
      const problems: FieldError[] = [];
      const adoptedOn = fields.adoptedOn || undefined;
      if (adoptedOn && !isLocalDate(adoptedOn)) {
        problems.push({ field: 'adoptedOn', message: 'powers.error.adoptedOn' });
      } else if (adoptedOn && adoptedOn > localDateOf(clock.now())) {
        problems.push({ field: 'adoptedOn', message: 'powers.error.adoptedOnFuture' });
      }
      if ((fields.documentNumber ?? '').length > 60) {
        problems.push({ field: 'documentNumber', message: 'powers.error.documentNumber' });
      }
      if (!file) problems.push({ field: 'file', message: 'powers.import.fileRequired' });
      if (problems.length > 0 || !file) {
        return reply.page(<PowerImportPage errors={problems} rows={[]} values={values} />, 422);
      }
      const sheet = await readPowerWorkbook(file);
      const result = await importPowers(db, clock, ctx, sheet, {
        goodRowsOnly: fields.goodRowsOnly === '1',
        documentNumber: fields.documentNumber ?? '',
        adoptedOn,
      });
      return reply.page(<PowerImportDonePage result={result} />);
    } catch (error) {
      if (isAppError(error) && error.kind === 'validation') {
        const rows = (error.details.rows as RowProblem[] | undefined) ?? [];
        return reply.page(
          <PowerImportPage errors={error.details.fields ?? []} rows={rows} values={values} />,
          422,
        );
      }
      throw error;
    }
  });
}
