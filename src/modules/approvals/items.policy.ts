import type { Actor } from '../../platform/http/index.ts';
import type { AccessRule } from '../accounts/index.ts';

/**
 * Service items of an org: its department officers edit them (the admin covering it too); window
 * clerks, reviewers, leaders and supervisors read them in the console. The guides are public.
 */
export const itemRule: AccessRule = {
  read: ['window_clerk', 'reviewer', 'leader', 'supervisor'],
  change: ['department_officer'],
};

/**
 * Windows of a service center: the admin covering the center sets them up; window clerks,
 * department officers, leaders and supervisors read them.
 */
export const windowRule: AccessRule = {
  read: ['window_clerk', 'department_officer', 'leader', 'supervisor'],
  change: [],
};

/**
 * Whether the actor may open the console's item or window pages at all: a role of the rule on
 * any org. Items are public, so a window clerk of the center reads every department's items.
 */
export function canOpenConsole(actor: Actor, rule: AccessRule): boolean {
  if (actor.kind === 'system') return true;
  const roles: readonly string[] = ['admin', ...rule.read, ...rule.change];
  return actor.grants.some((g) => roles.includes(g.role));
}
