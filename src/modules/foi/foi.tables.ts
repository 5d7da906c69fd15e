import type { ColumnType, Generated } from 'kysely';
import type { ApplicantType, Channel, IdType, RequestState } from './foi.model.ts';

type Timestamp = ColumnType<Date, Date, Date>;

export interface FoiRequestsTable {
  id: Generated<number>;
  trackingNumber: string;
  accessCodeHash: string;
  applicantType: ApplicantType;
  applicantName: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  email: Generated<string>;
  address: Generated<string>;
  description: string;
  documentNumber: Generated<string>;
  form: 'paper' | 'electronic';
  delivery: 'pickup' | 'post' | 'email' | 'online';
  channel: Channel;
  receivedOn: string;
  orgId: number;
  clockId: number;
  state: RequestState;
  outcome: string | null;
  legalBasis: Generated<string>;
  replyText: Generated<string>;
  repliedOn: string | null;
  deliveredOn: string | null;
  archivedOn: string | null;
  archiveNumber: Generated<string>;
  correctionNoticedOn: string | null;
  consultationDueOn: string | null;
  feeAmount: number | null;
  feeDueOn: string | null;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
}

export interface FoiRequestEventsTable {
  id: Generated<number>;
  requestId: number;
  kind: string;
  onDate: string;
  note: Generated<string>;
  isPublic: boolean;
  actorName: string;
  at: Timestamp;
}

export interface FoiReviewsTable {
  id: Generated<number>;
  requestId: number;
  kind: 'reconsideration' | 'litigation_direct' | 'litigation_after_reconsideration';
  filedOn: string;
  result: 'upheld' | 'corrected' | 'other' | 'pending';
  decidedOn: string | null;
  note: Generated<string>;
  createdAt: Timestamp;
}

export interface FoiTables {
  foiRequests: FoiRequestsTable;
  foiRequestEvents: FoiRequestEventsTable;
  foiReviews: FoiReviewsTable;
}
