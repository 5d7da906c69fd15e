import type { FastifyInstance } from 'fastify';
import { staffSystems } from '../../platform/views/index.ts';
import { ConsoleHomePage } from './views/console-home.page.tsx';
import { SystemPage } from './views/system.page.tsx';

export function consoleRoutes(app: FastifyInstance): void {
  app.get('/staff', (_request, reply) => reply.page(<ConsoleHomePage />));
  for (const system of staffSystems.filter((s) => s !== 'home')) {
    app.get(`/staff/${system}`, (_request, reply) => reply.page(<SystemPage system={system} />));
  }
}
