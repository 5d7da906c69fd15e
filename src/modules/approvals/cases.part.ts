/**
 * Cases (办件): the window desk, the case list and pages, online application, tracking and the
 * case API; services in case-*.service.ts / cases.service.ts, demo cases in cases.seed.ts.
 */
import { casesApiRoutes } from './cases-api.routes.ts';
import { casesListMessages } from './cases-list.messages.ts';
import { casesMessages } from './cases.messages.ts';
import { casesOpenApi } from './cases.openapi.ts';
import { casesStaffRoutes } from './cases-staff.routes.tsx';
import type { ModulePart } from '../../platform/app-module.ts';
import { trackRoutes } from './track.routes.tsx';
import { windowDeskMessages } from './window-desk.messages.ts';
import { windowDeskRoutes } from './window-desk.routes.tsx';

export const casesPart: ModulePart = {
  routes(app, deps) {
    windowDeskRoutes(app, deps);
    casesStaffRoutes(app, deps);
    trackRoutes(app, deps);
    casesApiRoutes(app, deps);
  },
  messages: {
    'zh-CN': {
      ...casesMessages['zh-CN'],
      ...casesListMessages['zh-CN'],
      ...windowDeskMessages['zh-CN'],
    },
    en: { ...casesMessages.en, ...casesListMessages.en, ...windowDeskMessages.en },
  },
  seeders: [],
  openapi: casesOpenApi,
};
