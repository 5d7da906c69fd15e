/**
 * The monthly supervision report: /staff/supervision/reports/monthly?month=YYYY-MM[&org=CODE] as
 * a printable page and …/monthly.docx as a Word file. Supervisors, leaders and admins of the county
 * read the county's and any org's; other staff their own orgs' (dashboard.policy.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { isAppError } from '../../platform/errors/index.ts';
import { formValues } from '../../platform/http/index.ts';
import { createI18n } from '../../platform/i18n/index.ts';
import { supervisionScopeOf } from './dashboard.policy.ts';
import { monthlyReportDocx } from './report.docx.ts';
import { reportMessages } from './report.messages.ts';
import { monthlyReport } from './report.service.ts';
import { ReportPage } from './views/report.page.tsx';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const zh = createI18n([reportMessages]).translator('zh-CN');

/** The month before today's (a monthly report is usually of the month just ended). */
export function lastMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

function queryOf(request: FastifyRequest, today: string) {
  const values = formValues(request.query);
  return { month: (values.month ?? '').trim() || lastMonth(today), org: (values.org ?? '').trim() };
}

export function reportRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  /** The orgs offered in the form: every active org (not windows) for the county, else one's own. */
  const orgsOf = async (request: FastifyRequest) => {
    const scope = supervisionScopeOf(request.actor);
    if (!scope.all) {
      const { rows } = await sql<{ code: string; name: string }>`select code, name
        from accounts_orgs where code in (${sql.join(scope.orgs.map((o) => o.code))})
        order by path`.execute(db);
      return { county: false, orgs: rows };
    }
    // The tree's order: the government, departments and the county center, each township
    // followed by its own center.
    const { rows } = await sql<{ code: string; name: string }>`select o.code, o.name
      from accounts_orgs o left join accounts_orgs p on p.id = o.parent_id
      where o.is_active and o.kind <> 'window'
      order by coalesce(case when p.parent_id is null then o.sort_order else p.sort_order end, -1),
        p.parent_id is not null, o.sort_order, o.code`.execute(db);
    return { county: true, orgs: rows };
  };

  app.get('/staff/supervision/reports/monthly', async (request, reply) => {
    const { county, orgs } = await orgsOf(request);
    const query = queryOf(request, localDateOf(clock.now()));
    const values = { month: query.month, org: query.org };
    try {
      const report = await monthlyReport(db, clock, request.actor, {
        month: query.month,
        orgCode: query.org || undefined,
      });
      const params = new URLSearchParams({ month: report.month });
      if (report.subject.code) params.set('org', report.subject.code);
      return reply.page(
        <ReportPage
          state={{ values: { ...values, org: report.subject.code ?? '' }, errors: [] }}
          orgs={orgs}
          county={county}
          report={report}
          docxHref={`/staff/supervision/reports/monthly.docx?${params}`}
        />,
      );
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      const errors = error.details.fields ?? [{ field: 'month', message: error.message }];
      return reply.page(
        <ReportPage
          state={{ values, errors }}
          orgs={orgs}
          county={county}
          report={null}
          docxHref={null}
        />,
        422,
      );
    }
  });

  app.get('/staff/supervision/reports/monthly.docx', async (request, reply) => {
    const query = queryOf(request, localDateOf(clock.now()));
    const report = await monthlyReport(db, clock, request.actor, {
      month: query.month,
      orgCode: query.org || undefined,
    });
    const org = report.subject.code?.replace(/[^0-9A-Za-z-]/g, '_');
    const name = `supervision-${report.month}${org ? `-${org}` : ''}.docx`;
    return reply
      .type(docxType)
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(await monthlyReportDocx(report, zh));
  });
}
