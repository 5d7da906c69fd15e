import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;

export type LimitUnit = 'working' | 'calendar';
export type MaterialForm = 'original' | 'copy' | 'original_and_copy' | 'electronic';

/** `approvals_items`: a service item and its current guide. `promisedDays` 0 = 即办件. */
export interface ApprovalsItemsTable {
  id: Generated<number>;
  code: string;
  name: string;
  nameEn: Generated<string>;
  orgId: number;
  basis: Generated<string>;
  conditions: Generated<string>;
  place: Generated<string>;
  hours: Generated<string>;
  phone: Generated<string>;
  flow: Generated<string>;
  /** bigint in fen, read as a string by node-postgres: convert with Number(). */
  feeFen: ColumnType<string, number | undefined, number>;
  feeBasis: Generated<string>;
  statutoryDays: number;
  promisedDays: number;
  limitUnit: ColumnType<LimitUnit, LimitUnit | undefined, LimitUnit>;
  online: Generated<boolean>;
  status: ColumnType<'active' | 'retired', 'active' | 'retired' | undefined, 'active' | 'retired'>;
  version: Generated<number>;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ApprovalsItemVersionsTable {
  itemId: number;
  version: number;
  content: ColumnType<Record<string, unknown>, string, string>;
  note: Generated<string>;
  changedBy: string;
  changedAt: Timestamp;
}

export interface ApprovalsItemPowersTable {
  itemId: number;
  powerId: number;
}

export interface ApprovalsItemMaterialsTable {
  id: Generated<number>;
  itemId: number;
  position: number;
  name: string;
  form: MaterialForm;
  copies: Generated<number>;
  isRequired: Generated<boolean>;
  templateFileId: number | null;
  note: Generated<string>;
}

export interface ApprovalsItemReviewOrgsTable {
  itemId: number;
  orgId: number;
  stepDays: number;
  position: number;
}

export interface ApprovalsWindowsTable {
  id: Generated<number>;
  centerOrgId: number;
  number: string;
  name: string;
  nameEn: Generated<string>;
  isActive: Generated<boolean>;
  isDemo: Generated<boolean>;
}

export interface ApprovalsWindowOrgsTable {
  windowId: number;
  orgId: number;
}

export interface ApprovalsWindowItemsTable {
  windowId: number;
  itemId: number;
}

export interface ItemsTables {
  approvalsItems: ApprovalsItemsTable;
  approvalsItemVersions: ApprovalsItemVersionsTable;
  approvalsItemPowers: ApprovalsItemPowersTable;
  approvalsItemMaterials: ApprovalsItemMaterialsTable;
  approvalsItemReviewOrgs: ApprovalsItemReviewOrgsTable;
  approvalsWindows: ApprovalsWindowsTable;
  approvalsWindowOrgs: ApprovalsWindowOrgsTable;
  approvalsWindowItems: ApprovalsWindowItemsTable;
}
