import type { ColumnType, Generated, Selectable } from 'kysely';

export type OrgKind = 'government' | 'department' | 'township' | 'center' | 'window';

export interface OrgsTable {
  id: Generated<number>;
  code: string;
  name: string;
  nameEn: Generated<string>;
  kind: OrgKind;
  parentId: number | null;
  path: string;
  sortOrder: Generated<number>;
  creditCode: Generated<string>;
  contactPhone: Generated<string>;
  contactAddress: Generated<string>;
  isActive: Generated<boolean>;
  mergedIntoId: number | null;
  isDemo: Generated<boolean>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface OrgHistoryTable {
  id: Generated<number>;
  orgId: number;
  change: 'created' | 'renamed' | 'moved' | 'deactivated' | 'reactivated' | 'merged';
  name: string;
  parentId: number | null;
  /** Local calendar date (YYYY-MM-DD) the change took effect. */
  effectiveOn: string;
  documentNumber: Generated<string>;
  createdAt: Generated<Date>;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  displayName: string;
  passwordHash: string;
  mustChangePassword: Generated<boolean>;
  failedLogins: Generated<number>;
  lockedUntil: Date | null;
  isDisabled: Generated<boolean>;
  lastLoginAt: Date | null;
  passwordChangedAt: ColumnType<Date, Date | undefined, Date>;
  isDemo: Generated<boolean>;
  createdAt: Generated<Date>;
}

export interface PasswordHistoryTable {
  id: Generated<number>;
  userId: number;
  passwordHash: string;
  createdAt: Generated<Date>;
}

export interface RoleGrantsTable {
  id: Generated<number>;
  userId: number;
  role: string;
  orgId: number;
  createdAt: Generated<Date>;
}

export interface SessionsTable {
  idHash: string;
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
  clientIp: Generated<string>;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  clientIp: string;
  at: Date;
}

export interface ApiTokensTable {
  id: Generated<number>;
  orgId: number;
  name: Generated<string>;
  scopes: string[];
  prefix: string;
  tokenHash: string;
  createdAt: Generated<Date>;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface AccountsTables {
  accountsOrgs: OrgsTable;
  accountsOrgHistory: OrgHistoryTable;
  accountsUsers: UsersTable;
  accountsPasswordHistory: PasswordHistoryTable;
  accountsRoleGrants: RoleGrantsTable;
  accountsSessions: SessionsTable;
  accountsLoginFailures: LoginFailuresTable;
  accountsApiTokens: ApiTokensTable;
}

export type Org = Selectable<OrgsTable>;
export type User = Selectable<UsersTable>;
