/** The public portal's frame: home page, section entries, display settings, the county's identity. */
import type { AppModule } from '../../platform/app-module.ts';
import { portalMessages } from './portal.messages.ts';
import { portalRoutes } from './portal.routes.tsx';
import { demoSettingsSeeder } from './portal.seed.ts';

export const portalModule: AppModule = {
  name: 'portal',
  routes: portalRoutes,
  messages: portalMessages,
  seeders: [demoSettingsSeeder],
};
