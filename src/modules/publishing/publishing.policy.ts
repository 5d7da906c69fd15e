import type { Actor } from '../../platform/http/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { can, type AccessRule } from '../accounts/index.ts';

/**
 * Who does what in a channel (ADR 0014). A grant covers its org's subtree; "covering" below means
 * a grant on the channel's org or an org above it.
 *
 * | action                          | department_officer | disclosure_officer | leader   | county office | admin    |
 * |---------------------------------|--------------------|--------------------|----------|---------------|----------|
 * | draft, edit, submit, new edition| covering           | covering           | –        | every channel | covering |
 * | approve, return to draft        | –                  | covering           | covering | every channel | covering |
 * | publish, schedule, withdraw,    | –                  | covering           | –        | every channel | covering |
 * |   set a policy's validity       |                    |                    |          |               |          |
 * | configure a channel             | –                  | –                  | –        | every channel | covering |
 *
 * The county office (政务公开办) is a disclosure_officer granted on a top-level org (the county
 * government) or on one of `countyOfficeCodes` (default `xzfb`, the 县政府办 hosting the office).
 * The two-person rule (per channel, default on) comes on top: the approver is neither the author
 * nor an editor of the draft nor the submitter.
 */
export const authorRule: AccessRule = {
  read: [],
  change: ['department_officer', 'disclosure_officer'],
};
export const approverRule: AccessRule = { read: [], change: ['disclosure_officer', 'leader'] };
export const publisherRule: AccessRule = { read: [], change: ['disclosure_officer'] };
export const channelAdminRule: AccessRule = { read: [], change: [] };

export type PublishingAction = 'author' | 'approve' | 'publish' | 'configure';

const rules: Record<PublishingAction, AccessRule> = {
  author: authorRule,
  approve: approverRule,
  publish: publisherRule,
  configure: channelAdminRule,
};

/** Org codes whose disclosure officers act for the whole county; a documented default. */
export const defaultCountyOfficeCodes: readonly string[] = ['xzfb'];

/** Is the actor the county's 政务公开办 (or the system)? */
export function isCountyOffice(
  actor: Actor,
  countyOfficeCodes: readonly string[] = defaultCountyOfficeCodes,
): boolean {
  if (actor.kind === 'system') return true;
  return actor.grants.some(
    (g) =>
      g.role === 'disclosure_officer' &&
      (/^\/\d+\/$/.test(g.orgPath) || countyOfficeCodes.includes(g.orgCode)),
  );
}

/** May the actor take `action` in the channel of the org at `orgPath`? */
export function canInChannel(
  actor: Actor,
  action: PublishingAction,
  orgPath: string,
  countyOfficeCodes: readonly string[] = defaultCountyOfficeCodes,
): boolean {
  if (isCountyOffice(actor, countyOfficeCodes)) return true;
  return can(actor, 'change', orgPath, rules[action]);
}

/** Throws forbidden (not_allowed) unless canInChannel. */
export function ensureCanInChannel(
  actor: Actor,
  action: PublishingAction,
  orgPath: string,
  countyOfficeCodes?: readonly string[],
): void {
  if (!canInChannel(actor, action, orgPath, countyOfficeCodes)) {
    throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
  }
}
