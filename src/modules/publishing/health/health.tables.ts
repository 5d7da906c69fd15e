import type { ColumnType, Generated } from 'kysely';
import type { FilesTables } from '../../../platform/files/index.ts';
import type { PublishingTables } from '../publishing.tables.ts';

type Timestamp = ColumnType<Date, Date, Date>;

/** The county's 网站检查 thresholds: one row, id 1 (国办秘函〔2019〕19号 defaults). */
export interface PublishingHealthSettingsTable {
  id: number;
  homeDays: number;
  newsDays: number;
  noticeMonths: number;
  policyMonths: number;
  interactionMonths: number;
  staleColumnsVeto: number;
  blankColumnsVeto: number;
  updatedBy: number | null;
  updatedAt: Timestamp;
}

export type LinkScope = 'internal' | 'external';
export type LinkStatus = 'ok' | 'broken' | 'unreachable' | 'skipped';

/** The latest result for one link of one published item. */
export interface PublishingLinkChecksTable {
  id: Generated<number>;
  itemId: number;
  url: string;
  scope: LinkScope;
  status: LinkStatus;
  httpStatus: number | null;
  checkedAt: Timestamp;
  error: string | null;
}

/** 政务公开日 and other outreach events. */
export interface PublishingOpenDaysTable {
  id: Generated<number>;
  /** Local calendar date (YYYY-MM-DD). */
  heldOn: string;
  place: string;
  theme: string;
  consultationsAnswered: number;
  materialsHandedOut: number;
  summary: Generated<string>;
  createdBy: number | null;
  updatedBy: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PublishingOpenDayOrgsTable {
  openDayId: number;
  orgId: number;
}

export interface PublishingOpenDayPhotosTable {
  id: Generated<number>;
  openDayId: number;
  fileId: number;
  caption: Generated<string>;
  createdAt: Timestamp;
}

export interface HealthTables extends PublishingTables, FilesTables {
  publishingHealthSettings: PublishingHealthSettingsTable;
  publishingLinkChecks: PublishingLinkChecksTable;
  publishingOpenDays: PublishingOpenDaysTable;
  publishingOpenDayOrgs: PublishingOpenDayOrgsTable;
  publishingOpenDayPhotos: PublishingOpenDayPhotosTable;
}
