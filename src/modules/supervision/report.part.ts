import type { ModulePart } from '../../platform/app-module.ts';
import { reportMessages } from './report.messages.ts';
import { reportRoutes } from './report.routes.tsx';

/** The monthly supervision report, per org and for the county, as a printable page and .docx. */
export const reportPart: ModulePart = {
  routes: reportRoutes,
  messages: reportMessages,
  seeders: [],
  openapi: {},
};
