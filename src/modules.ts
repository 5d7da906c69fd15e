import { accountsModule } from './modules/accounts/index.ts';
import { approvalsModule } from './modules/approvals/index.ts';
import { auditLogModule } from './modules/audit-log/index.ts';
import { consoleModule } from './modules/console/index.ts';
import { deadlinesModule } from './modules/deadlines/index.ts';
import { feedbackModule } from './modules/feedback/index.ts';
import { foiModule } from './modules/foi/index.ts';
import { portalModule } from './modules/portal/index.ts';
import { powersModule } from './modules/powers/index.ts';
import { publishingModule } from './modules/publishing/index.ts';
import { supervisionModule } from './modules/supervision/index.ts';
import type { AppModule } from './platform/app-module.ts';

/** Every business module, in the order their routes register. */
export const appModules: AppModule[] = [
  portalModule,
  accountsModule,
  auditLogModule,
  deadlinesModule,
  foiModule,
  powersModule,
  publishingModule,
  feedbackModule,
  approvalsModule,
  supervisionModule,
  consoleModule,
];
