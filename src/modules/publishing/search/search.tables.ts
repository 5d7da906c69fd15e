import type { ItemType, Validity } from '../publishing.model.ts';
import type { PublishingTables } from '../publishing.tables.ts';

/** One published publication's search row (migration 0020); tsvectors are written with SQL. */
export interface PublishingSearchEntriesTable {
  itemId: number;
  type: ItemType;
  orgId: number;
  year: number;
  validity: Validity | null;
  /** Local calendar date (YYYY-MM-DD). */
  publishedOn: string;
  title: string;
  searchVersion: string;
  titleTsv: string;
  tsv: string;
}

export interface SearchTables extends PublishingTables {
  publishingSearchEntries: PublishingSearchEntriesTable;
}
