/**
 * Who does what with appeals (the rules are pure; paths are org paths, a grant covers its subtree):
 * - handle (claim, transfer, return, reply, extend, close, rectify, call back): responders of the
 *   handling org (网络回应人, 辽政办发〔2015〕1号) and the admin;
 * - dispatch (assign an org, invalidate, merge): responders or admins covering the dispatch org;
 * - read: also department officers of the org, leaders and supervisors (who read everything
 *   below them);
 * - the county's figures: leaders, supervisors, admins at county level; an org's: also its own
 *   responders and department officers.
 */
import { sql, type Kysely } from 'kysely';
import { AppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { can, scopePaths, type AccessRule } from '../accounts/index.ts';

export const appealRule: AccessRule = {
  read: ['leader', 'supervisor', 'department_officer'],
  change: ['responder'],
};

export async function orgPathOf(db: Kysely<unknown>, orgId: number): Promise<string> {
  const { rows } = await sql<{ path: string }>`
    select path from accounts_orgs where id = ${orgId}`.execute(db);
  return rows[0]?.path ?? '/none/';
}

export function canHandlePath(actor: Actor, orgPath: string): boolean {
  return can(actor, 'change', orgPath, appealRule);
}

export function canReadPath(actor: Actor, orgPath: string): boolean {
  return can(actor, 'read', orgPath, appealRule);
}

/** The org paths whose appeals the actor may read (for list filters in SQL: path prefix). */
export function readablePaths(actor: Actor): string[] {
  return scopePaths(actor, 'read', appealRule);
}

export function notAllowed(): never {
  throw new AppError('forbidden', 'not_allowed', '无权办理此诉求 / not allowed');
}

/** The appeal's current org (or, at dispatch, the dispatch org) decides. */
export async function ensureCanHandle(
  db: Kysely<unknown>,
  actor: Actor,
  appeal: { orgId: number | null; dispatchOrgId: number },
): Promise<void> {
  const path = await orgPathOf(db, appeal.orgId ?? appeal.dispatchOrgId);
  if (!canHandlePath(actor, path)) notAllowed();
}

export async function ensureCanDispatch(
  db: Kysely<unknown>,
  actor: Actor,
  appeal: { dispatchOrgId: number },
): Promise<void> {
  const path = await orgPathOf(db, appeal.dispatchOrgId);
  if (!canHandlePath(actor, path)) notAllowed();
}

export async function ensureCanRead(
  db: Kysely<unknown>,
  actor: Actor,
  appeal: { orgId: number | null; dispatchOrgId: number },
): Promise<void> {
  const paths = await Promise.all(
    [appeal.orgId, appeal.dispatchOrgId]
      .filter((id): id is number => id !== null)
      .map((id) => orgPathOf(db, id)),
  );
  if (!paths.some((path) => canReadPath(actor, path))) notAllowed();
}
