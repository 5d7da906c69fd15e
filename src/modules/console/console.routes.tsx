import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { loadCalendar } from '../../platform/calendar/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { listNotices } from '../../platform/notify/index.ts';
import { staffSystems } from '../../platform/views/index.ts';
import { ConsoleHomePage } from './views/console-home.page.tsx';
import { SystemPage } from './views/system.page.tsx';

/** From 1 October, the next year whose schedule is still provisional; else null. */
async function provisionalNextYear(deps: ModuleDeps): Promise<number | null> {
  const today = localDateOf(deps.clock.now());
  if (today.slice(5) < '10-01') return null;
  const next = Number(today.slice(0, 4)) + 1;
  const calendar = await loadCalendar(deps.db);
  return calendar.basisOfYear(next) === 'provisional' ? next : null;
}

export function consoleRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/staff', async (request, reply) => {
    const { actor } = request;
    const notices =
      actor.kind === 'user' && actor.id !== null
        ? await listNotices(deps.db, { userId: actor.id, orgIds: actor.grants.map((g) => g.orgId) })
        : [];
    const warningYear = await provisionalNextYear(deps);
    return reply.page(<ConsoleHomePage warningYear={warningYear} notices={notices} />);
  });
  // A "not yet available" page only for systems whose module has not registered its own page
  // (modules register before the console, so accounts' /staff/orgs already exists).
  for (const system of staffSystems.filter((s) => s !== 'home')) {
    if (app.hasRoute({ method: 'GET', url: `/staff/${system}` })) continue;
    app.get(`/staff/${system}`, (_request, reply) => reply.page(<SystemPage system={system} />));
  }
}
