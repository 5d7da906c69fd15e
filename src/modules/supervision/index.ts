/**
 * 电子监察 (RULES.md §4): checkpoints from Sunshine's modules and outside systems, projected onto
 * supervised matters (ADR 0012), measured (summary, dashboard, monthly report) and acted on
 * (violation rules and the ladder notice → yellow card → red card → 督办 → rectification → closed).
 */
import { joinParts, type AppModule } from '../../platform/app-module.ts';
import { camerasPart } from './cameras.part.ts';
import { dashboardPart } from './dashboard.part.ts';
import { ingestPart } from './ingest.part.ts';
import { reportPart } from './report.part.ts';
import { settingsPart } from './settings.part.ts';
import { summaryPart } from './summary.part.ts';
import { warningsPart } from './warnings.part.ts';

export const supervisionModule: AppModule = joinParts('supervision', [
  ingestPart,
  summaryPart,
  dashboardPart,
  warningsPart,
  reportPart,
  camerasPart,
  settingsPart,
]);

export { ingestCheckpoints, maxBatch } from './ingest.service.ts';
export type { IngestReport } from './ingest.service.ts';
/** The outbox consumer: one round (tests, benches) and catching up before reading. */
export { processCheckpoints, catchUp } from './processor.ts';
/** The figures of the contract, per org/type/month, and the matters behind each (summary.sql.ts). */
export { supervisionSummary, summaryBy } from './summary.service.ts';
export type { Summary, SummaryFilter, GroupSummary } from './summary.service.ts';
export { listSupervisedMatters, getSupervisedMatter } from './matters.queries.ts';
