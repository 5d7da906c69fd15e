import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { formValues, parseForm } from '../../platform/http/index.ts';
import { auditFilterQuery } from './audit-log.schemas.ts';
import {
  auditPageSize,
  ensureCanReadAudit,
  exportAudit,
  readAuditPage,
} from './audit-log.service.ts';
import { AuditLogPage } from './views/audit-log.page.tsx';

export function auditLogRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/staff/audit', async (request, reply) => {
    ensureCanReadAudit(request.actor);
    const parsed = parseForm(auditFilterQuery, request.query);
    if (!parsed.ok) {
      return reply.page(
        <AuditLogPage
          state={parsed.state}
          records={[]}
          total={0}
          page={1}
          pageSize={auditPageSize}
        />,
        422,
      );
    }
    const { page = 1, ...filter } = parsed.data;
    const { records, total } = await readAuditPage(deps.db, request.actor, filter, page);
    const state = { values: formValues(request.query), errors: [] };
    return reply.page(
      <AuditLogPage
        state={state}
        records={records}
        total={total}
        page={page}
        pageSize={auditPageSize}
      />,
    );
  });

  app.get('/staff/audit/export.xlsx', async (request, reply) => {
    const { page: _page, ...filter } = auditFilterQuery.parse(request.query);
    const workbook = await exportAudit(deps.db, request.actor, filter);
    const name = `audit-log-${localDateOf(deps.clock.now())}.xlsx`;
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(workbook);
  });
}
