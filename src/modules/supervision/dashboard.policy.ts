/**
 * Who reads supervision's figures and matters: county-wide supervisors (监察), leaders and admins
 * everything; any other staff member the matters of the orgs they hold a role on (and the orgs
 * below); nobody else (403).
 */
import { AppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { hasCountyRole, orgRecordRule, scopePaths } from '../accounts/index.ts';

/** Everything, or the org subtrees (paths and codes of the orgs granted) the actor may read. */
export type SupervisionScope =
  { all: true } | { all: false; orgs: { code: string; path: string }[] };

export function supervisionScopeOf(actor: Actor): SupervisionScope {
  if (hasCountyRole(actor, ['admin', 'supervisor', 'leader'])) return { all: true };
  const paths = new Set(scopePaths(actor, 'read', orgRecordRule));
  const orgs = actor.grants
    .filter((g) => paths.has(g.orgPath))
    .map((g) => ({ code: g.orgCode, path: g.orgPath }))
    .filter((o, i, all) => all.findIndex((x) => x.path === o.path) === i);
  if (orgs.length === 0) {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '您没有查看电子监察的权限 / you may not read supervision',
    );
  }
  return { all: false, orgs };
}

/** Whether the scope covers an org (by its materialised path). */
export function scopeCovers(scope: SupervisionScope, orgPath: string): boolean {
  return scope.all || scope.orgs.some((o) => orgPath.startsWith(o.path));
}

/** Throws forbidden unless the scope covers the org. */
export function ensureScopeCovers(scope: SupervisionScope, orgPath: string): void {
  if (!scopeCovers(scope, orgPath)) {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '该机构不在您的监察范围内 / this org is outside what you may read',
    );
  }
}
