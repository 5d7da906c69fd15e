import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;

/** `supervision_matters`: one row per supervised matter, projected from its checkpoints (ADR 0012). */
export interface SupervisionMattersTable {
  id: Generated<number>;
  source: string;
  matterType: string;
  matterId: string;
  orgId: number;
  itemCode: string | null;
  receivedOn: string;
  acceptedOn: string | null;
  promisedDays: number | null;
  statutoryDays: number | null;
  limitUnit: string | null;
  isInstant: Generated<boolean>;
  clockId: number | null;
  extended: Generated<boolean>;
  outcome: 'completed' | 'refused' | 'returned' | 'withdrawn' | null;
  outcomeOn: string | null;
  outcomeReason: Generated<string>;
  outcomeLegalBasis: Generated<string>;
  feeTotal: ColumnType<string, string | number | undefined, string | number>;
  lastEventAt: Timestamp;
  /** Generated: accepted_on, or outcome_on of a refusal never accepted. */
  periodOn: ColumnType<string | null, never, never>;
}

/** `supervision_settings`: the county's thresholds, one row (id 1). */
export interface SupervisionSettingsTable {
  id: number;
  /** Yellow with this many working days or fewer left (RULES.md §4.4 default 1). */
  yellowDays: number;
  updatedAt: ColumnType<Date, Date | undefined, Date>;
}

export interface SupervisionTables {
  supervisionMatters: SupervisionMattersTable;
  supervisionSettings: SupervisionSettingsTable;
}
