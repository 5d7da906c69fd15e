/**
 * 一窗受理、并联审批 (RULES.md §4): service items and their guides (办事指南), service centers and
 * windows, cases from application to issue with joint review, and combined business registration
 * (五证合一、一照一码). Every state change of a case emits a checkpoint (platform/checkpoints).
 */
import { joinParts, type AppModule } from '../../platform/app-module.ts';
import { casesPart } from './cases.part.ts';
import { itemsPart } from './items.part.ts';
import { registrationPart } from './registration.part.ts';
import { statsPart } from './stats.part.ts';

const parts = [itemsPart, casesPart, registrationPart, statsPart];

export const approvalsModule: AppModule = joinParts('approvals', parts);

/** Credit codes (GB 32100): the check of the API and pages, and new codes not issued here (CLI). */
export { checkCreditCode } from './credit-codes.ts';
export { generateUnissuedCodes } from './credit-codes.generate.ts';
/** Licences (营业执照) issued with a new credit code, in the caller's transaction when given one. */
export { issueLicence, issueLicenceCode } from './licences.service.ts';
export type { LicenceInput, IssuedLicence } from './licences.service.ts';
/** Statistics of cases for a period (RULES.md §4.5) and the case list's page query (bench/cases.bench.ts). */
export { computeCaseStatistics } from './stats.service.ts';
export { listCases } from './cases-list.queries.ts';
/** The fee each item's guide states (supervision's rule on fees charged for free items). */
export { findItemFees } from './items.fees.ts';
export type { ItemFee } from './items.fees.ts';
