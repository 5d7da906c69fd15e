/**
 * 依申请公开 (条例第27–45条): requests from application to archive, each with a reply clock of
 * modules/deadlines, the ledger, and the annual report of 国办公开办函〔2021〕30号 with its checks.
 */
import type { AppModule } from '../../platform/app-module.ts';
import { foiOpenApi } from './foi.openapi.ts';
import { foiApiRoutes } from './foi-api.routes.ts';
import { foiPublicMessages } from './foi-public.messages.ts';
import { foiPublicRoutes } from './foi-public.routes.tsx';
import { foiStaffMessages } from './foi-staff.messages.ts';
import { foiStaffRoutes } from './foi-staff.routes.tsx';
import { foiFilesRoutes } from './foi-files.routes.ts';
import { foiLetterRoutes } from './foi-letter.routes.ts';
import { foiReviewsMessages, foiReviewsRoutes } from './foi-reviews.routes.tsx';
import { foiReportEntriesMessages, foiReportEntriesRoutes } from './foi-report-entries.routes.tsx';
import { foiMessages } from './foi.messages.ts';
import { foiStatsMessages } from './foi-stats.messages.ts';
import { foiStatsRoutes } from './foi-stats.routes.tsx';
import { demoFoiSeeder } from './foi.seed.ts';

export const foiModule: AppModule = {
  name: 'foi',
  routes: (app, deps) => {
    foiApiRoutes(app, deps);
    foiPublicRoutes(app, deps);
    foiStaffRoutes(app, deps);
    foiStatsRoutes(app, deps);
    foiLetterRoutes(app, deps);
    foiFilesRoutes(app, deps);
    foiReviewsRoutes(app, deps);
    foiReportEntriesRoutes(app, deps);
  },
  messages: {
    'zh-CN': {
      ...foiMessages['zh-CN'],
      ...foiPublicMessages['zh-CN'],
      ...foiStaffMessages['zh-CN'],
      ...foiStatsMessages['zh-CN'],
      ...foiReportEntriesMessages['zh-CN'],
      ...foiReviewsMessages['zh-CN'],
    },
    en: {
      ...foiMessages.en,
      ...foiPublicMessages.en,
      ...foiStaffMessages.en,
      ...foiStatsMessages.en,
      ...foiReportEntriesMessages.en,
      ...foiReviewsMessages.en,
    },
  },
  seeders: [demoFoiSeeder],
  openapi: foiOpenApi,
};

/** The report of a year, every check run: `sunshine foi annual-report` and the console use it. */
export { computeAnnualReport } from './annual-report.ts';
export type { AnnualReport, ReportRow, ReportCheck, ReportScope } from './annual-report.ts';
export { receiveRequest } from './foi.service.ts';
export type { Receipt } from './foi.service.ts';
export type { ApplicationInput } from './foi.schemas.ts';
export { readPublicStatus } from './foi-status.service.ts';
export {
  assignRequest,
  noticeCorrection,
  receiveCorrection,
  startConsultation,
  endConsultation,
  extendRequest,
  noticeFee,
  receiveFee,
  replyToRequest,
  deliverReply,
  archiveRequest,
} from './foi-handling.service.ts';
export { outcomes, applicantTypes } from './foi.model.ts';
export { recordReview } from './foi-reviews.service.ts';
/** The draft 答复书 of an outcome (with the remedies), and the saved letter as HTML or .docx. */
export { draftReplyLetter, replyLetterHtml, replyLetterDocx } from './reply-letter.ts';
/** The annual report as one printable HTML document (sections 一 to 六). */
export { annualReportHtml } from './report-html.ts';
/** Ids of the orgs under materialised paths (an org's subtree). */
export { orgIdsUnder } from './foi.queries.ts';
/** The annual report as a Word document in the 30号 layout. */
export { annualReportDocx } from './report-docx.ts';
export { perCaseFee, perVolumeFee } from './fees.ts';
