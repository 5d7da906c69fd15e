/** The staff console's frame: the workbench and one entry per system. */
import type { AppModule } from '../../platform/app-module.ts';
import { consoleMessages } from './console.messages.ts';
import { consoleRoutes } from './console.routes.tsx';

export const consoleModule: AppModule = {
  name: 'console',
  routes: consoleRoutes,
  messages: consoleMessages,
  seeders: [],
};
