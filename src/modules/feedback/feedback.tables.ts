import type { ColumnType, Generated } from 'kysely';
import type {
  AppealChannel,
  AppealKind,
  AppealState,
  CallbackMethod,
  ClosedOutcome,
  RatingLevel,
  RectificationState,
} from './feedback.model.ts';

type Timestamp = ColumnType<Date, Date, Date>;
/** A local calendar date (YYYY-MM-DD, Asia/Shanghai). */
type LocalDate = string;
type Json = ColumnType<unknown, string, string>;

/** One row (id 1): the county's settings as JSON, parsed by feedback.settings.ts. */
export interface FeedbackSettingsTable {
  id: number;
  data: Json;
  updatedBy: number | null;
  updatedAt: Timestamp;
}

export interface FeedbackRoutingRulesTable {
  id: Generated<number>;
  priority: Generated<number>;
  kind: AppealKind | null;
  keyword: string | null;
  place: string | null;
  orgId: number;
  isActive: Generated<boolean>;
  createdBy: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface FeedbackAppealsTable {
  id: Generated<number>;
  trackingNumber: string;
  accessCodeHash: string;
  kind: AppealKind;
  subject: string;
  content: string;
  place: Generated<string>;
  latitude: number | null;
  longitude: number | null;
  channel: AppealChannel;
  suggestedOrgId: number | null;
  /** The org that dispatches unrouted appeals (the county's 12345 / intake office). */
  dispatchOrgId: number;
  /** The handling org; null while at dispatch. */
  orgId: number | null;
  state: AppealState;
  claimedBy: number | null;
  submitterName: Generated<string>;
  submitterPhone: Generated<string>;
  submitterEmail: Generated<string>;
  /** sha256 of the normalised phone or e-mail: duplicates and rate limits, never shown. */
  contactKey: Generated<string>;
  /** sha256 of the client address: rate limits only. */
  clientKey: Generated<string>;
  publicAllowed: Generated<boolean>;
  receivedAt: Timestamp;
  receivedOn: LocalDate;
  assignedAt: Timestamp | null;
  replyClockId: number;
  completeClockId: number;
  firstReplyAt: Timestamp | null;
  firstReplyOn: LocalDate | null;
  publicReplyAt: Timestamp | null;
  closedAt: Timestamp | null;
  closedOn: LocalDate | null;
  closedOutcome: ClosedOutcome | null;
  invalidReason: Generated<string>;
  mergedIntoId: number | null;
  reopenedCount: Generated<number>;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface FeedbackAppealEventsTable {
  id: Generated<number>;
  appealId: number;
  kind: string;
  at: Timestamp;
  onDate: LocalDate;
  actorUserId: number | null;
  actorName: Generated<string>;
  orgId: number | null;
  toOrgId: number | null;
  reason: Generated<string>;
  data: ColumnType<unknown, string | undefined, string>;
  isPublic: Generated<boolean>;
}

export interface FeedbackAttachmentsTable {
  appealId: number;
  fileId: number;
  position: number;
}

export interface FeedbackRepliesTable {
  id: Generated<number>;
  appealId: number;
  orgId: number;
  responderUserId: number | null;
  responderName: Generated<string>;
  privateText: string;
  publicText: string | null;
  isFirst: boolean;
  at: Timestamp;
  onDate: LocalDate;
}

export interface FeedbackRatingsTable {
  id: Generated<number>;
  appealId: number;
  replyId: number | null;
  level: RatingLevel;
  comment: Generated<string>;
  at: Timestamp;
  onDate: LocalDate;
}

export interface FeedbackRectificationsTable {
  id: Generated<number>;
  appealId: number;
  ratingId: number;
  orgId: number;
  clockId: number;
  state: RectificationState;
  finding: Generated<string>;
  action: Generated<string>;
  openedAt: Timestamp;
  openedOn: LocalDate;
  finishedAt: Timestamp | null;
  finishedOn: LocalDate | null;
}

export interface FeedbackCallbacksTable {
  id: Generated<number>;
  appealId: number;
  rectificationId: number | null;
  method: CallbackMethod;
  reached: boolean;
  level: RatingLevel | null;
  note: Generated<string>;
  byUserId: number | null;
  byName: Generated<string>;
  at: Timestamp;
  onDate: LocalDate;
}

export interface FeedbackRespondersTable {
  id: Generated<number>;
  orgId: number;
  userId: number;
  title: Generated<string>;
  since: LocalDate;
  until: LocalDate | null;
  createdAt: Timestamp;
}

export interface FeedbackDutyShiftsTable {
  responderId: number;
  onDate: LocalDate;
}

export interface FeedbackDutySigninsTable {
  userId: number;
  onDate: LocalDate;
  firstAt: Timestamp;
}

export interface FeedbackTables {
  feedbackSettings: FeedbackSettingsTable;
  feedbackRoutingRules: FeedbackRoutingRulesTable;
  feedbackAppeals: FeedbackAppealsTable;
  feedbackAppealEvents: FeedbackAppealEventsTable;
  feedbackAttachments: FeedbackAttachmentsTable;
  feedbackReplies: FeedbackRepliesTable;
  feedbackRatings: FeedbackRatingsTable;
  feedbackRectifications: FeedbackRectificationsTable;
  feedbackCallbacks: FeedbackCallbacksTable;
  feedbackResponders: FeedbackRespondersTable;
  feedbackDutyShifts: FeedbackDutyShiftsTable;
  feedbackDutySignins: FeedbackDutySigninsTable;
}
