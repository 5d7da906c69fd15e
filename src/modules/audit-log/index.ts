/** The audit log's console page and Excel export, for county admins and supervisors. */
import type { AppModule } from '../../platform/app-module.ts';
import { auditLogMessages } from './audit-log.messages.ts';
import { auditLogRoutes } from './audit-log.routes.tsx';

export const auditLogModule: AppModule = {
  name: 'audit-log',
  routes: auditLogRoutes,
  messages: auditLogMessages,
  seeders: [],
};
