/**
 * The figures (RULES.md §7.4): the staff table with drill-downs and its workbook, the public page
 * and API (counts and rates only, rates hidden below 5 valid appeals), and the settings page.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { isLocalDate } from '../../../platform/calendar/index.ts';
import { localDateOf } from '../../../platform/clock/index.ts';
import { AppError, invalidFields, isAppError } from '../../../platform/errors/index.ts';
import { contextOf, formValues, type Actor } from '../../../platform/http/index.ts';
import { hasCountyRole } from '../../accounts/index.ts';
import { readablePaths } from '../feedback.policy.ts';
import { canChangeFeedbackSettings, readFeedbackSettings } from '../feedback.settings.ts';
import { writeFiguresWorkbook } from './figures.excel.ts';
import { figuresMessages } from './figures.messages.ts';
import { computeFigures, listFigureRecords, type FigureSet } from './figures.queries.ts';
import { isCountFigure, type Period } from './figures.sql.ts';
import { saveSettingsForm, settingsValues } from './settings.form.ts';
import { FigureRecordsPage, FiguresPublicPage, FiguresStaffPage } from './views/figures.pages.tsx';
import { FeedbackSettingsPage } from './views/settings.page.tsx';

/** Rates over fewer valid appeals are not published: too few to mean anything (foi-statistics). */
export const minimumValid = 5;

type Query = Record<string, string | undefined>;

/** The period of a page: valid dates or this month so far; swapped when reversed. */
function pagePeriod(query: Query, today: string): Period {
  const from = isLocalDate(query['from'] ?? '') ? query['from']! : `${today.slice(0, 7)}-01`;
  const to = isLocalDate(query['to'] ?? '') ? query['to']! : today;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The period of an API call: both dates required and valid (422 naming the field otherwise). */
function apiPeriod(query: Query): Period {
  const bad = (['from', 'to'] as const).filter((f) => !isLocalDate(query[f] ?? ''));
  if (bad.length > 0) {
    throw invalidFields(
      bad.map((field) => ({ field, message: 'feedbackFigures.error.date' })),
      figuresMessages,
    );
  }
  const period = { from: query['from']!, to: query['to']! };
  if (period.from > period.to) {
    throw invalidFields([{ field: 'to', message: 'feedbackFigures.error.date' }], figuresMessages);
  }
  return period;
}

/** The orgs a staff member may see: all for the county's leaders, supervisors and admins. */
function visiblePaths(actor: Actor): string[] | undefined {
  if (hasCountyRole(actor, ['leader', 'supervisor', 'admin'])) return undefined;
  const paths = readablePaths(actor);
  if (paths.length === 0) {
    throw new AppError('forbidden', 'not_allowed', '无权查看民意诉求统计 / not allowed');
  }
  return paths;
}

function publicSet(set: FigureSet) {
  const shown = set.counts.valid >= minimumValid;
  return {
    ...set.counts,
    ...Object.fromEntries(Object.entries(set.rates).map(([k, v]) => [k, shown ? v : null])),
    ratesShown: shown,
  };
}

async function orgName(db: Kysely<unknown>, code: string): Promise<string | undefined> {
  const { rows } = await sql<{ name: string }>`
    select name from accounts_orgs where code = ${code}`.execute(db);
  return rows[0]?.name;
}

export function figuresRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const today = () => localDateOf(clock.now());
  const staffFigures = async (request: FastifyRequest) => {
    const paths = visiblePaths(request.actor);
    const period = pagePeriod(request.query as Query, today());
    const settings = await readFeedbackSettings(db);
    const figures = await computeFigures(db, period, settings, paths ? { paths } : {});
    return { paths, settings, figures };
  };

  app.get('/staff/feedback/figures', async (request, reply) => {
    const { paths, settings, figures } = await staffFigures(request);
    return reply.page(
      <FiguresStaffPage
        figures={figures}
        settings={settings}
        wholeCounty={paths === undefined}
        canChangeSettings={canChangeFeedbackSettings(contextOf(request))}
      />,
    );
  });

  app.get('/staff/feedback/figures.xlsx', async (request, reply) => {
    const { paths, figures } = await staffFigures(request);
    const body = await writeFiguresWorkbook(figures, paths === undefined);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="feedback-figures-${figures.from}-${figures.to}.xlsx"`,
      )
      .send(body);
  });

  app.get('/staff/feedback/figures/records', async (request, reply) => {
    const paths = visiblePaths(request.actor);
    const query = request.query as Query;
    const figure = query['figure'] ?? '';
    if (!isCountFigure(figure)) {
      throw invalidFields(
        [{ field: 'figure', message: 'feedbackFigures.error.figure' }],
        figuresMessages,
      );
    }
    const period = pagePeriod(query, today());
    const orgCode = query['org'] || undefined;
    const name = orgCode ? await orgName(db, orgCode) : undefined;
    if (orgCode && name === undefined) {
      throw new AppError('not_found', 'org_not_found', '没有此单位 / no such org');
    }
    const settings = await readFeedbackSettings(db);
    const records = await listFigureRecords(db, period, settings, figure, {
      ...(paths ? { paths } : {}),
      ...(orgCode ? { orgCode } : {}),
    });
    return reply.page(
      <FigureRecordsPage
        figure={figure}
        orgName={name ?? null}
        wholeCounty={paths === undefined}
        period={period}
        records={records}
      />,
    );
  });

  app.get('/interaction/figures', async (request, reply) => {
    const period = pagePeriod(request.query as Query, today());
    const settings = await readFeedbackSettings(db);
    const figures = await computeFigures(db, period, settings);
    return reply.page(
      <FiguresPublicPage figures={figures} settings={settings} minimumValid={minimumValid} />,
    );
  });

  app.get('/api/v1/feedback/figures', async (request) => {
    const query = request.query as Query;
    const period = apiPeriod(query);
    const settings = await readFeedbackSettings(db);
    const orgCode = query['org'] || undefined;
    const figures = await computeFigures(db, period, settings, orgCode ? { orgCode } : {});
    return {
      from: period.from,
      to: period.to,
      settings: { satisfaction: settings.satisfaction, dutyRule: settings.dutyRule },
      minimumValid,
      county: publicSet(figures.county),
      orgs: figures.orgs.map((o) => ({ org: o.code, name: o.name, ...publicSet(o) })),
    };
  });

  const settingsAccess = (request: FastifyRequest) => {
    if (!canChangeFeedbackSettings(contextOf(request))) {
      throw new AppError('forbidden', 'not_allowed', '无权修改民意诉求设置 / not allowed');
    }
  };

  app.get('/staff/feedback/settings', async (request, reply) => {
    settingsAccess(request);
    const values = settingsValues(await readFeedbackSettings(db));
    const saved = (request.query as Query)['saved'] === '1';
    return reply.page(<FeedbackSettingsPage form={{ values, errors: [] }} saved={saved} />);
  });

  app.post('/staff/feedback/settings', async (request, reply) => {
    settingsAccess(request);
    try {
      await saveSettingsForm(db, clock, contextOf(request), request.body);
      return reply.redirect('/staff/feedback/settings?saved=1', 303);
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'validation') throw error;
      const form = { values: formValues(request.body), errors: error.details.fields ?? [] };
      return reply.page(<FeedbackSettingsPage form={form} saved={false} />, 422);
    }
  });
}
