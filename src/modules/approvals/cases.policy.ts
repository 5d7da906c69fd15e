/**
 * Who may do what with a case. A case concerns three places in the org tree: the service center
 * that receives it (its window clerks accept, refuse, notify, issue and complete), the item's
 * department (its officers decide, return and may complete) and each joint-review department
 * (its reviewers give that department's opinion). Leaders and supervisors read; the admin does all.
 */
import { AppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { can, hasCountyRole, scopePaths, type AccessRule } from '../accounts/index.ts';

/** At the center: window clerks act (一窗受理、统一出件). */
export const windowRule: AccessRule = {
  read: ['leader', 'supervisor'],
  change: ['window_clerk'],
};

/** At the item's department: its officers decide (行政许可法第42条). */
export const deciderRule: AccessRule = {
  read: ['leader', 'supervisor', 'reviewer'],
  change: ['department_officer'],
};

/** At a joint-review department: its reviewers give the opinion; its officers read. */
export const reviewRule: AccessRule = {
  read: ['leader', 'supervisor', 'department_officer'],
  change: ['reviewer'],
};

export interface CasePlaces {
  centerPath: string;
  orgPath: string;
  reviewPaths: readonly string[];
}

export function canReadCase(actor: Actor, places: CasePlaces): boolean {
  return (
    can(actor, 'read', places.centerPath, windowRule) ||
    can(actor, 'read', places.orgPath, deciderRule) ||
    places.reviewPaths.some((path) => can(actor, 'read', path, reviewRule))
  );
}

/** What the actor may do on a case, by role and place (the state decides the rest). */
export interface CaseRights {
  window: boolean;
  decide: boolean;
  /** Paths of the review departments the actor may give an opinion for. */
  reviewPaths: string[];
}

export function caseRights(actor: Actor, places: CasePlaces): CaseRights {
  return {
    window: can(actor, 'change', places.centerPath, windowRule),
    decide: can(actor, 'change', places.orgPath, deciderRule),
    reviewPaths: places.reviewPaths.filter((path) => can(actor, 'change', path, reviewRule)),
  };
}

export function forbidden(): never {
  throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
}

/** Throws forbidden unless the rule lets the actor change records at `path`. */
export function ensureChange(actor: Actor, path: string, rule: AccessRule): void {
  if (!can(actor, 'change', path, rule)) forbidden();
}

/** Throws forbidden unless one of the checks passes. */
export function ensureAny(...allowed: boolean[]): void {
  if (!allowed.some(Boolean)) forbidden();
}

/**
 * The case list's scope: undefined = every case (a county-wide role); else the org paths under
 * which the actor sees cases as center, deciding department or review department.
 */
export interface ListScope {
  centerPaths: string[];
  orgPaths: string[];
  reviewPaths: string[];
}

export function listScope(actor: Actor): ListScope | undefined {
  if (hasCountyRole(actor, ['admin', 'leader', 'supervisor'])) return undefined;
  const scope = {
    centerPaths: scopePaths(actor, 'read', windowRule),
    orgPaths: scopePaths(actor, 'read', deciderRule),
    reviewPaths: scopePaths(actor, 'read', reviewRule),
  };
  if (Object.values(scope).every((paths) => paths.length === 0)) forbidden();
  return scope;
}
