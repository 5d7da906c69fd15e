import type { ColumnType, Generated } from 'kysely';
import type { Severity, WarningRule, WarningStage } from './warnings.model.ts';

type Timestamp = ColumnType<Date, Date, Date>;

/** `supervision_warnings`: a violation found on a supervised matter, and where its ladder stands. */
export interface SupervisionWarningsTable {
  id: Generated<number>;
  supervisedId: number;
  orgId: number;
  rule: WarningRule;
  severity: Severity;
  stage: ColumnType<WarningStage, WarningStage | undefined, WarningStage>;
  detail: ColumnType<Record<string, unknown>, string, string>;
  checkpointId: number | null;
  raisedOn: string;
  orderClockId: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** `supervision_warning_actions`: each step of a warning's ladder, append-only. */
export interface SupervisionWarningActionsTable {
  id: Generated<number>;
  warningId: number;
  stage: WarningStage;
  note: Generated<string>;
  actorName: string;
  actorId: number | null;
  at: Timestamp;
  dueOn: string | null;
}

export interface WarningsTables {
  supervisionWarnings: SupervisionWarningsTable;
  supervisionWarningActions: SupervisionWarningActionsTable;
}
