import type { ModulePart } from '../../../platform/app-module.ts';
import { demoPublishingSeeder } from './demo.seed.ts';
import { feedRoutes } from './feeds.routes.ts';
import { siteMessages } from './site.messages.ts';
import { siteRoutes } from './site.routes.tsx';

/** The public site of 主动公开: 政务公开 landing, lists, channels, detail, print, feeds, sitemap. */
export const sitePart: ModulePart = {
  routes: (app, deps) => {
    siteRoutes(app, deps);
    feedRoutes(app, deps);
  },
  messages: siteMessages,
  seeders: [demoPublishingSeeder],
  openapi: {},
};
