/** Kysely types of the catalog's tables and of the two columns it adds to publishing_items. */
import type { ColumnType, Generated } from 'kysely';
import type { PublishingItemsTable, PublishingTables } from '../publishing.tables.ts';

type Timestamp = ColumnType<Date, Date, Date>;

export type NodeKind = 'theme' | 'required';
/** Whose obligation a node is (条例第21条 distinguishes county bodies and townships). */
export type NodeScope = 'all' | 'county' | 'township';

export interface CatalogNodesTable {
  id: Generated<number>;
  parentId: number | null;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: NodeKind;
  legalBasis: string;
  appliesTo: NodeScope;
  itemTypes: string[];
  position: number;
}

export interface CatalogItemsTable extends PublishingItemsTable {
  indexNumber: string | null;
  catalogNodeId: number | null;
}

export interface IndexSerialsTable {
  orgId: number;
  year: number;
  lastSerial: number;
}

export interface CatalogSettingsTable {
  id: Generated<number>;
  indexPattern: string;
  updatedAt: Timestamp;
  updatedBy: number | null;
}

export interface GuidesTable {
  orgId: number;
  bodyHtml: string;
  updatedAt: Timestamp;
  updatedBy: number | null;
}

export interface CatalogTables extends Omit<PublishingTables, 'publishingItems'> {
  publishingItems: CatalogItemsTable;
  publishingCatalogNodes: CatalogNodesTable;
  publishingIndexSerials: IndexSerialsTable;
  publishingCatalogSettings: CatalogSettingsTable;
  publishingGuides: GuidesTable;
}
