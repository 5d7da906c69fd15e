/**
 * Who sees and acts on warnings: supervisors take the ladder's steps and close; leaders read
 * everything; the responsible org's own officers see their org's warnings and submit the
 * rectification report (issue 7; the admin may do everything, as everywhere).
 */
import { AppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { can, orgRecordRule, scopePaths, type AccessRule } from '../accounts/index.ts';

/** The ladder's steps: supervisors act, leaders read. */
export const ladderRule: AccessRule = { read: ['leader'], change: ['supervisor'] };

/** The rectification report: the org's own officers (the roles that change an org's records). */
export const rectificationRule: AccessRule = { read: [], change: orgRecordRule.change };

/** Reading warnings: supervisors and leaders, and the org's own officers. */
export const warningReadRule: AccessRule = {
  read: ['leader', 'supervisor'],
  change: orgRecordRule.change,
};

const forbidden = () =>
  new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');

/** The org paths whose warnings the actor may list; forbidden when none. */
export function warningListScope(actor: Actor): string[] {
  const paths = scopePaths(actor, 'read', warningReadRule);
  if (paths.length === 0) throw forbidden();
  return paths;
}

export function ensureCanReadWarning(actor: Actor, warning: { orgPath: string }): void {
  if (!can(actor, 'read', warning.orgPath, warningReadRule)) throw forbidden();
}

export const canTakeStep = (actor: Actor, warning: { orgPath: string }) =>
  can(actor, 'change', warning.orgPath, ladderRule);

export const canReport = (actor: Actor, warning: { orgPath: string }) =>
  can(actor, 'change', warning.orgPath, rectificationRule);

export function ensureCanTakeStep(actor: Actor, warning: { orgPath: string }): void {
  if (!canTakeStep(actor, warning)) throw forbidden();
}

export function ensureCanReport(actor: Actor, warning: { orgPath: string }): void {
  if (!canReport(actor, warning)) throw forbidden();
}
