import type { FastifyInstance } from 'fastify';
import { staffSystems } from '../../platform/views/index.ts';
import { ConsoleHomePage } from './views/console-home.page.tsx';
import { SystemPage } from './views/system.page.tsx';

export function consoleRoutes(app: FastifyInstance): void {
  app.get('/staff', (_request, reply) => reply.page(<ConsoleHomePage />));
  // A "not yet available" page only for systems whose module has not registered its own page
  // (modules register before the console, so accounts' /staff/orgs already exists).
  for (const system of staffSystems.filter((s) => s !== 'home')) {
    if (app.hasRoute({ method: 'GET', url: `/staff/${system}` })) continue;
    app.get(`/staff/${system}`, (_request, reply) => reply.page(<SystemPage system={system} />));
  }
}
