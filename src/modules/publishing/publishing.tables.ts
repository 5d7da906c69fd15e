import type { ColumnType, Generated } from 'kysely';
import type { AccountsTables } from '../accounts/index.ts';
import type { ItemState, ItemType, Validity } from './publishing.model.ts';

type Timestamp = ColumnType<Date, Date, Date>;

export interface PublishingChannelsTable {
  id: Generated<number>;
  orgId: number;
  code: string;
  name: string;
  twoPersonRule: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PublishingItemsTable {
  id: Generated<number>;
  channelId: number;
  type: ItemType;
  title: string;
  summary: Generated<string>;
  bodyHtml: Generated<string>;
  state: ColumnType<ItemState, ItemState | undefined, ItemState>;
  /** Local calendar dates (YYYY-MM-DD). */
  formedOn: string;
  scheduledAt: Date | null;
  publishedOn: string | null;
  publishDelayWorkingDays: number | null;
  withdrawnReason: string | null;
  edition: Generated<number>;
  supersedesId: number | null;
  docNumber: string | null;
  issuingOrgId: number | null;
  writtenOn: string | null;
  subjectCategory: string | null;
  validity: Validity | null;
  replacedById: number | null;
  policyId: number | null;
  createdBy: number | null;
  updatedBy: number | null;
  submittedBy: number | null;
  approvedBy: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PublishingItemEventsTable {
  id: Generated<number>;
  itemId: number;
  fromState: ItemState | null;
  toState: ItemState;
  actorId: number | null;
  actorName: string;
  at: Timestamp;
  note: Generated<string>;
}

export interface PublishingTables extends AccountsTables {
  publishingChannels: PublishingChannelsTable;
  publishingItems: PublishingItemsTable;
  publishingItemEvents: PublishingItemEventsTable;
}
