import type { Actor } from '../../platform/http/index.ts';
import { can, ensureCan, scopePaths, type AccessRule } from '../accounts/index.ts';

/**
 * The catalog: every signed-in staff member reads it (the /staff hook requires sign-in); the
 * department officers of the implementing org change its powers, and admins covering that org
 * (a county admin: all of them).
 */
export const powerRule: AccessRule = {
  read: [
    'leader',
    'supervisor',
    'disclosure_officer',
    'window_clerk',
    'reviewer',
    'trading_officer',
    'performance_officer',
    'responder',
  ],
  change: ['department_officer'],
};

/** May the actor change the powers of the org at `orgPath`? */
export function canChangePowersOf(actor: Actor, orgPath: string): boolean {
  return can(actor, 'change', orgPath, powerRule);
}

/** Throws forbidden (not_allowed) unless canChangePowersOf. */
export function ensureCanChangePowersOf(actor: Actor, orgPath: string): void {
  ensureCan(actor, 'change', orgPath, powerRule);
}

/** May the actor change any power at all (create, import)? */
export function canChangeAnyPower(actor: Actor): boolean {
  return actor.kind === 'system' || scopePaths(actor, 'change', powerRule).length > 0;
}
