import type { ColumnType, Generated } from 'kysely';
import type { AccountsTables } from '../accounts/index.ts';
import type {
  AdjustmentKind,
  PowerCategory,
  PowerLevel,
  PowerStatus,
  Responsibility,
} from './powers.model.ts';

type Timestamp = ColumnType<Date, Date, Date>;
/** jsonb: read as the value, written as its JSON text. */
type Json<T> = ColumnType<T, string, string>;

export interface PowersTable {
  id: Generated<number>;
  code: string;
  category: PowerCategory;
  name: string;
  basis: string;
  laws: Json<string[]>;
  orgId: number;
  level: ColumnType<PowerLevel, PowerLevel | undefined, PowerLevel>;
  status: ColumnType<PowerStatus, PowerStatus | undefined, PowerStatus>;
  responsibilities: Json<Responsibility[]>;
  accountability: Generated<string>;
  supervisionPhone: Generated<string>;
  note: Generated<string>;
  version: Generated<number>;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PowersAdjustmentsTable {
  id: Generated<number>;
  powerId: number;
  kind: AdjustmentKind;
  documentNumber: Generated<string>;
  /** Local calendar date (YYYY-MM-DD) of the decision. */
  adoptedOn: string;
  note: Generated<string>;
  version: number;
  createdAt: Timestamp;
}

export interface PowersVersionsTable {
  powerId: number;
  version: number;
  adjustmentId: number;
  content: Json<PowerContent>;
  createdAt: Timestamp;
}

export interface PowersFlowStepsTable {
  powerId: number;
  position: number;
  name: string;
  post: Generated<string>;
  limitDays: number;
  isCheckpoint: Generated<boolean>;
}

export interface PowersIntermediaryServicesTable {
  id: Generated<number>;
  code: string;
  name: string;
  basis: Generated<string>;
  provider: Generated<string>;
  fee: Generated<string>;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
}

export interface PowersIntermediaryLinksTable {
  serviceId: number;
  powerId: number;
}

export interface PowersTables extends AccountsTables {
  powers: PowersTable;
  powersAdjustments: PowersAdjustmentsTable;
  powersVersions: PowersVersionsTable;
  powersFlowSteps: PowersFlowStepsTable;
  powersIntermediaryServices: PowersIntermediaryServicesTable;
  powersIntermediaryLinks: PowersIntermediaryLinksTable;
}

/** A version's whole content (powers_versions.content), the org named as it was then. */
export interface PowerContent {
  code: string;
  category: PowerCategory;
  name: string;
  basis: string;
  laws: string[];
  orgId: number;
  orgCode: string;
  orgName: string;
  level: PowerLevel;
  status: PowerStatus;
  responsibilities: Responsibility[];
  accountability: string;
  supervisionPhone: string;
  note: string;
}
