/** Who reads the site-health report and over which channels; who changes its thresholds. */
import { AppError } from '../../../platform/errors/index.ts';
import type { Actor } from '../../../platform/http/index.ts';
import { can, hasCountyRole, type AccessRule } from '../../accounts/index.ts';
import { isCountyOffice } from '../publishing.policy.ts';

/** Disclosure officers, leaders and supervisors read the report for the orgs they cover. */
export const healthReadRule: AccessRule = {
  read: ['disclosure_officer', 'leader', 'supervisor'],
  change: [],
};

const readerRoles = ['admin', ...healthReadRule.read];

export function canReadHealth(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'user' && actor.grants.some((g) => readerRoles.includes(g.role));
}

/** Throws forbidden unless the actor may read the report at all. */
export function ensureCanReadHealth(actor: Actor): void {
  if (actor.kind !== 'user' && actor.kind !== 'system') {
    throw new AppError('forbidden', 'sign_in_required', '请先登录 / please sign in');
  }
  if (!canReadHealth(actor)) {
    throw new AppError('forbidden', 'not_allowed', '无权查看网站检查 / not allowed');
  }
}

/** The county office, and county-level leaders, supervisors and admins, see every channel. */
export function seesWholeCounty(actor: Actor): boolean {
  return isCountyOffice(actor) || hasCountyRole(actor, ['admin', 'leader', 'supervisor']);
}

/** Does the actor see the channel of the org at `orgPath`? */
export function seesChannel(actor: Actor, orgPath: string): boolean {
  return seesWholeCounty(actor) || can(actor, 'read', orgPath, healthReadRule);
}

/** The thresholds: the county office (政务公开办) and county admins. */
export function canChangeHealthSettings(actor: Actor): boolean {
  return isCountyOffice(actor) || hasCountyRole(actor, ['admin']);
}
