/**
 * The module's pages and API: the public deadline calculator, each clock's page and JSON, the
 * supervision counts, and the console calendar (calendar.routes.tsx).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { loadCalendar } from '../../platform/calendar/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { formValues, localeOf, parseForm } from '../../platform/http/index.ts';
import { emptyForm } from '../../platform/views/index.ts';
import { ensureCan, orgRecordRule, scopePaths } from '../accounts/index.ts';
import { calculate, calculatorQuery } from './calculator.ts';
import { calendarRoutes } from './calendar.routes.tsx';
import { orgOfClock, subtreeOrgIds } from './deadlines.queries.ts';
import { readClock } from './deadlines.service.ts';
import { countOpenClocks, countStoppedClocks } from './supervision.queries.ts';
import { CalculatorPage } from './views/calculator.page.tsx';
import { ClockPage } from './views/clock.page.tsx';

const clockParams = z.object({ id: z.coerce.number().int().positive() });
const countsQuery = z.object({
  org: z.string().max(40).optional(),
  matterType: z.string().max(40).optional(),
  stoppedFrom: z.iso.date().optional(),
  stoppedTo: z.iso.date().optional(),
});

function ensureReader(request: FastifyRequest): void {
  const { actor } = request;
  if (actor.kind === 'token' && !actor.scopes.includes('supervision:read')) {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '令牌缺少 supervision:read 权限 / the token lacks supervision:read',
    );
  }
  if (actor.kind === 'public') {
    throw new AppError('forbidden', 'not_allowed', '请先登录 / sign in first');
  }
}

export function deadlinesRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;

  app.get('/services/deadline-calculator', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    if (!query.receivedOn && !query.days) {
      return reply.page(<CalculatorPage form={emptyForm} result={null} />);
    }
    const parsed = parseForm(calculatorQuery, query);
    if (!parsed.ok) return reply.page(<CalculatorPage form={parsed.state} result={null} />, 422);
    const result = calculate(await loadCalendar(db), parsed.data, localeOf(request));
    const form = { values: formValues(query), errors: [] };
    return reply.page(<CalculatorPage form={form} result={result} />);
  });

  async function readableClock(request: FastifyRequest) {
    const { id } = clockParams.parse(request.params);
    const record = await readClock(db, clock, id);
    const org = await orgOfClock(db, record.row.orgId);
    ensureCan(request.actor, 'read', org?.path ?? '/', orgRecordRule);
    return { record, org };
  }

  app.get('/staff/clocks/:id', async (request, reply) => {
    const { record, org } = await readableClock(request);
    return reply.page(<ClockPage record={record} orgName={org?.name ?? ''} />);
  });

  app.get('/api/v1/clocks/:id', async (request) => {
    ensureReader(request);
    const { record, org } = await readableClock(request);
    const { row, view } = record;
    return {
      id: row.id,
      matterType: row.matterType,
      matterId: row.matterId,
      purpose: row.purpose,
      title: row.title,
      org: org?.code ?? null,
      rule: view.rule,
      state: view.state,
      light: view.light,
      startOn: view.startOn,
      dueOn: view.dueOn,
      basis: view.basis,
      provisionalYears: view.provisionalYears,
      usedDays: view.usedDays,
      leftDays: view.leftDays,
      overdueDays: view.overdueDays,
      calendarVersion: view.calendarVersion,
      explanation: record.explanation,
      events: record.events.map((e) => ({
        seq: e.seq,
        kind: e.kind,
        on: e.onDate,
        reasonCode: e.reasonCode,
        legalBasis: e.legalBasis,
        days: e.days,
        approver: e.approver,
        reason: e.reason,
        outcome: e.outcome,
      })),
      dueDates: record.dueDates.map((d) => ({
        dueOn: d.dueOn,
        basis: d.basis,
        calendarVersion: d.calendarVersion,
        cause: d.cause,
      })),
    };
  });

  // Counts per org, matter type and light: open clocks as of today, and clocks stopped in a period.
  app.get('/api/v1/supervision/clock-counts', async (request) => {
    ensureReader(request);
    const query = countsQuery.parse(request.query);
    const paths = scopePaths(request.actor, 'read', orgRecordRule);
    const allowed = new Set<number>();
    for (const path of paths) {
      const code = request.actor.grants.find((g) => g.orgPath === path)?.orgCode;
      if (code) for (const id of await subtreeOrgIds(db, code)) allowed.add(id);
    }
    let orgIds = [...allowed];
    if (query.org) {
      const asked = new Set(await subtreeOrgIds(db, query.org));
      orgIds = orgIds.filter((id) => asked.has(id));
    }
    const today = localDateOf(clock.now());
    const filter = { orgIds, ...(query.matterType ? { matterType: query.matterType } : {}) };
    const open = await countOpenClocks(db, { ...filter, today });
    const stopped =
      query.stoppedFrom && query.stoppedTo
        ? await countStoppedClocks(db, { ...filter, from: query.stoppedFrom, to: query.stoppedTo })
        : [];
    return { today, open, stopped };
  });

  calendarRoutes(app, deps);
}
