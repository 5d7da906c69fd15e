import type { ColumnType, Generated } from 'kysely';
import type { Applicant, CaseChannel, CaseState, Decision, ReviewState } from './cases.model.ts';

type Timestamp = ColumnType<Date, Date, Date>;

/**
 * `approvals_cases`: one case (办件) of a service item. Dates are Asia/Shanghai calendar dates.
 * For statistics: `received_on` (申请), `accepted_on` (受理; null = never accepted), `decided_on`,
 * `issued_on`, `completed_on` (办结), `closed_on` (refused/returned/withdrawn), `state`,
 * `org_id` (deciding department), `center_org_id`, `window_id`, `item_id`, `is_instant`
 * (即办件), `is_joint` (并联), `promised_days`/`statutory_days` (copied from the item at
 * application), `clock_id` (the case clock: late/overdue and days used are in deadlines_clocks).
 */
export interface ApprovalsCasesTable {
  id: Generated<number>;
  trackingNumber: string;
  accessCodeHash: string;
  itemId: number;
  orgId: number;
  centerOrgId: number;
  windowId: number | null;
  channel: CaseChannel;
  applicantType: Applicant['type'];
  applicantName: string;
  idNumber: string;
  phone: string;
  address: Generated<string>;
  creditCode: Generated<string>;
  state: CaseState;
  clockId: number | null;
  issueClockId: number | null;
  isInstant: boolean;
  isJoint: boolean;
  promisedDays: number;
  statutoryDays: number;
  receivedOn: string;
  noticedOn: string | null;
  noticeText: Generated<string>;
  acceptedOn: string | null;
  decision: Decision | null;
  decisionReason: Generated<string>;
  decidedOn: string | null;
  certificateNumber: Generated<string>;
  issuedOn: string | null;
  completedOn: string | null;
  closedOn: string | null;
  closeReason: Generated<string>;
  legalBasis: Generated<string>;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
}

/** `approvals_case_materials`: each of the item's materials, provided or not. */
export interface ApprovalsCaseMaterialsTable {
  caseId: number;
  materialId: number;
  name: string;
  isRequired: boolean;
  provided: boolean;
}

/** `approvals_case_reviews`: one review per listed department, with its step clock. */
export interface ApprovalsCaseReviewsTable {
  id: Generated<number>;
  caseId: number;
  orgId: number;
  position: number;
  stepDays: number;
  clockId: number;
  state: ReviewState;
  opinion: Generated<string>;
  reviewerName: Generated<string>;
  startedOn: string;
  finishedOn: string | null;
}

/** `approvals_case_events`: the timeline; `is_public` rows show on the tracking page. */
export interface ApprovalsCaseEventsTable {
  id: Generated<number>;
  caseId: number;
  kind: string;
  onDate: string;
  note: Generated<string>;
  isPublic: boolean;
  actorName: string;
  at: Timestamp;
}

export interface CasesTables {
  approvalsCases: ApprovalsCasesTable;
  approvalsCaseMaterials: ApprovalsCaseMaterialsTable;
  approvalsCaseReviews: ApprovalsCaseReviewsTable;
  approvalsCaseEvents: ApprovalsCaseEventsTable;
}
