import type { ColumnType, Generated } from 'kysely';
import type { LicenceKind, LicenceStatus } from './licences.model.ts';

type Timestamp = ColumnType<Date, Date, Date>;

/** `approvals_licences`: a 营业执照 issued here, keyed by its unified social credit code. */
export interface ApprovalsLicencesTable {
  id: Generated<number>;
  creditCode: string;
  name: string;
  kind: LicenceKind;
  legalRepresentative: string;
  /** Staff only: never on a public page. */
  legalRepresentativeIdNumber: Generated<string>;
  registeredCapitalFen: ColumnType<number, number | undefined, number>;
  address: string;
  businessScope: string;
  /** Staff only: never on a public page. */
  contactPhone: Generated<string>;
  establishedOn: string;
  issuedOn: string;
  issuingOrgId: number;
  centerOrgId: number | null;
  caseId: number | null;
  status: ColumnType<LicenceStatus, LicenceStatus | undefined, LicenceStatus>;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface LicencesTables {
  approvalsLicences: ApprovalsLicencesTable;
}

/** `approvals_registrations`: the facts of a 五证合一 application, kept with its case until issue. */
export interface ApprovalsRegistrationsTable {
  caseId: number;
  name: string;
  kind: LicenceKind;
  legalRepresentative: string;
  legalRepresentativeIdNumber: string;
  registeredCapitalFen: number;
  address: string;
  businessScope: string;
  contactPhone: string;
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
}

export interface RegistrationsTables {
  approvalsRegistrations: ApprovalsRegistrationsTable;
}
