/**
 * Routing (issue 9 §2): the org the submitter named, else the first active rule (by priority,
 * then age) whose kind, keyword and place all match, else the county's dispatch desk.
 */
import { sql, type Kysely } from 'kysely';
import { AppError } from '../../platform/errors/index.ts';
import type { AppealKind } from './feedback.model.ts';
import type { FeedbackSettings } from './feedback.settings.ts';

export interface RoutingRule {
  id: number;
  priority: number;
  kind: AppealKind | null;
  /** One or more words separated by spaces, commas or 、: any of them in the subject or content. */
  keyword: string | null;
  /** A place name the appeal's place must contain. */
  place: string | null;
  orgId: number;
}

export interface Routable {
  kind: AppealKind;
  subject: string;
  content: string;
  place: string;
}

export function keywordsOf(keyword: string | null): string[] {
  return (keyword ?? '')
    .split(/[\s,，、;；]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

export function ruleMatches(rule: RoutingRule, appeal: Routable): boolean {
  if (rule.kind !== null && rule.kind !== appeal.kind) return false;
  const words = keywordsOf(rule.keyword);
  const text = `${appeal.subject}\n${appeal.content}`;
  if (words.length > 0 && !words.some((w) => text.includes(w))) return false;
  const place = rule.place?.trim() ?? '';
  return place === '' || appeal.place.includes(place);
}

/** The first matching rule in order (priority ascending, then id); pure. */
export function matchRoute(rules: readonly RoutingRule[], appeal: Routable): RoutingRule | null {
  const ordered = [...rules].sort((a, b) => a.priority - b.priority || a.id - b.id);
  return ordered.find((rule) => ruleMatches(rule, appeal)) ?? null;
}

/** The active rules whose org is active. */
export async function activeRules(db: Kysely<unknown>): Promise<RoutingRule[]> {
  const { rows } = await sql<RoutingRule>`
    select r.id, r.priority, r.kind, r.keyword, r.place, r.org_id
    from feedback_routing_rules r join accounts_orgs o on o.id = r.org_id
    where r.is_active and o.is_active order by r.priority, r.id`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id), orgId: Number(r.orgId) }));
}

/** The county's dispatch desk: the configured org, else the root of the org tree. */
export async function dispatchOrgId(
  db: Kysely<unknown>,
  settings: FeedbackSettings,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    select id from accounts_orgs where is_active
      and (code = ${settings.dispatchOrgCode} or (parent_id is null))
    order by (code = ${settings.dispatchOrgCode}) desc, id limit 1`.execute(db);
  if (!rows[0])
    throw new AppError('unavailable', 'feedback_no_org', '尚未建立机构 / no org set up yet');
  return Number(rows[0].id);
}

/** An active org by code (the submitter's choice), or null. */
export async function activeOrgIdByCode(db: Kysely<unknown>, code: string): Promise<number | null> {
  if (code === '') return null;
  const { rows } = await sql<{ id: number }>`
    select id from accounts_orgs where code = ${code} and is_active`.execute(db);
  return rows[0] ? Number(rows[0].id) : null;
}

export interface Route {
  /** The handling org, or null: the appeal waits at dispatch. */
  orgId: number | null;
  /** How it was decided: the submitter's choice, a rule, or none. */
  by: 'submitter' | 'rule' | 'dispatch';
  ruleId: number | null;
}

export async function routeAppeal(
  db: Kysely<unknown>,
  appeal: Routable & { orgCode: string },
): Promise<Route> {
  const chosen = await activeOrgIdByCode(db, appeal.orgCode);
  if (chosen !== null) return { orgId: chosen, by: 'submitter', ruleId: null };
  const rule = matchRoute(await activeRules(db), appeal);
  if (rule) return { orgId: rule.orgId, by: 'rule', ruleId: rule.id };
  return { orgId: null, by: 'dispatch', ruleId: null };
}
