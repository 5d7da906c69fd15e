import type { Actor, Grant } from '../../platform/http/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { Role } from './roles.ts';

/**
 * Pure access checks. A grant covers its org and every org below it (path prefix). Each module
 * states which roles may read and which may change its records; the admin may do both everywhere.
 */
export type AccessAction = 'read' | 'change';

export interface AccessRule {
  read: readonly Role[];
  change: readonly Role[];
}

export function grantCovers(grant: Grant, orgPath: string): boolean {
  return orgPath.startsWith(grant.orgPath);
}

export function can(
  actor: Actor,
  action: AccessAction,
  orgPath: string,
  rule: AccessRule,
): boolean {
  if (actor.kind === 'system') return true;
  return actor.grants.some((grant) => {
    if (!grantCovers(grant, orgPath)) return false;
    if (grant.role === 'admin') return true;
    const allowed: readonly string[] =
      action === 'read' ? [...rule.read, ...rule.change] : rule.change;
    return allowed.includes(grant.role);
  });
}

/** The org paths an actor may act on for a rule, for filtering lists in SQL (path prefix match). */
export function scopePaths(actor: Actor, action: AccessAction, rule: AccessRule): string[] {
  const allowed: readonly string[] =
    action === 'read' ? [...rule.read, ...rule.change] : rule.change;
  return actor.grants
    .filter((g) => g.role === 'admin' || allowed.includes(g.role))
    .map((g) => g.orgPath);
}

/** Throws `forbidden` (not_allowed) unless `can` says yes. */
export function ensureCan(
  actor: Actor,
  action: AccessAction,
  orgPath: string,
  rule: AccessRule,
): void {
  if (!can(actor, action, orgPath, rule)) {
    throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
  }
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((g) => g.role === role);
}

/** Records of one org, in general (the org tree itself, a module's ledger): who reads, who changes. */
export const orgRecordRule: AccessRule = {
  read: ['leader', 'supervisor'],
  change: [
    'disclosure_officer',
    'department_officer',
    'window_clerk',
    'reviewer',
    'trading_officer',
    'performance_officer',
    'responder',
  ],
};

/** Accounts and tokens: the admin only. */
export const accountAdminRule: AccessRule = { read: [], change: [] };

/** Whether the actor holds one of `roles` on a top-level org, i.e. for the whole county (the system always does). */
export function hasCountyRole(actor: Actor, roles: readonly Role[]): boolean {
  if (actor.kind === 'system') return true;
  return actor.grants.some(
    (g) => (roles as readonly string[]).includes(g.role) && /^\/\d+\/$/.test(g.orgPath),
  );
}
