/**
 * The routing rules (issue 9 §2): by kind, keyword and place to an org, tried in priority order
 * (routing.ts). Kept by the county's administrators and supervisors and by the dispatch desk;
 * every change audited.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { recordChange } from '../../../platform/audit/index.ts';
import type { Clock } from '../../../platform/clock/index.ts';
import { AppError, parseFields } from '../../../platform/errors/index.ts';
import type { Actor, ActionContext } from '../../../platform/http/index.ts';
import { hasCountyRole } from '../../accounts/index.ts';
import { inTransaction } from '../appeal-step.ts';
import { appealKinds, type AppealKind } from '../feedback.model.ts';
import { canHandlePath, orgPathOf } from '../feedback.policy.ts';
import { feedbackDb } from '../feedback.queries.ts';
import { readFeedbackSettings } from '../feedback.settings.ts';
import { activeOrgIdByCode, dispatchOrgId } from '../routing.ts';
import { handlingMessages } from './handling.messages.ts';
import { fieldError } from './step-support.ts';

export const ruleInputSchema = z
  .object({
    priority: z.coerce
      .number({ message: 'feedbackHandling.error.priority' })
      .int({ message: 'feedbackHandling.error.priority' })
      .min(0, { message: 'feedbackHandling.error.priority' })
      .max(9999, { message: 'feedbackHandling.error.priority' }),
    kind: z.union([z.literal(''), z.enum(appealKinds)], { message: 'feedbackHandling.error.kind' }),
    keyword: z.string().trim().max(200, { message: 'feedbackHandling.error.keyword' }),
    place: z.string().trim().max(200, { message: 'feedbackHandling.error.place' }),
    orgCode: z.string().trim().min(1, { message: 'feedbackHandling.error.ruleOrg' }).max(64),
  })
  .superRefine((rule, context) => {
    if (rule.kind === '' && rule.keyword === '' && rule.place === '') {
      context.addIssue({
        code: 'custom',
        path: ['keyword'],
        message: 'feedbackHandling.error.ruleEmpty',
      });
    }
  });
export type RuleInput = z.input<typeof ruleInputSchema>;

export interface RuleRow {
  id: number;
  priority: number;
  kind: AppealKind | null;
  keyword: string | null;
  place: string | null;
  orgId: number;
  orgCode: string;
  orgName: string;
  isActive: boolean;
}

/** Admins and supervisors of the county, and responders of the dispatch desk. */
export async function canManageRouting(db: Kysely<unknown>, actor: Actor): Promise<boolean> {
  if (hasCountyRole(actor, ['admin', 'supervisor'])) return true;
  const desk = await dispatchOrgId(db, await readFeedbackSettings(db));
  return canHandlePath(actor, await orgPathOf(db, desk));
}

async function ensureCanManage(db: Kysely<unknown>, actor: Actor): Promise<void> {
  if (!(await canManageRouting(db, actor))) {
    throw new AppError('forbidden', 'not_allowed', '无权管理分派规则 / not allowed');
  }
}

export async function listRules(db: Kysely<unknown>): Promise<RuleRow[]> {
  const { rows } = await sql<RuleRow>`
    select r.id, r.priority, r.kind, r.keyword, r.place, r.org_id, o.code as org_code,
      o.name as org_name, r.is_active
    from feedback_routing_rules r join accounts_orgs o on o.id = r.org_id
    order by r.is_active desc, r.priority, r.id`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id), orgId: Number(r.orgId) }));
}

export async function findRule(db: Kysely<unknown>, id: number): Promise<RuleRow> {
  const rule = (await listRules(db)).find((r) => r.id === id);
  if (!rule)
    throw new AppError('not_found', 'feedback_rule_not_found', '没有此分派规则 / no such rule');
  return rule;
}

async function valuesOf(db: Kysely<unknown>, input: RuleInput) {
  const rule = parseFields(ruleInputSchema, input, handlingMessages);
  const orgId = await activeOrgIdByCode(db, rule.orgCode);
  if (orgId === null) fieldError('orgCode', 'feedbackHandling.error.ruleOrg');
  return {
    priority: rule.priority,
    kind: rule.kind === '' ? null : rule.kind,
    keyword: rule.keyword === '' ? null : rule.keyword,
    place: rule.place === '' ? null : rule.place,
    orgId,
  };
}

export async function createRule(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: RuleInput,
): Promise<number> {
  await ensureCanManage(db, ctx.actor);
  return inTransaction(db, async (trx) => {
    const values = await valuesOf(trx, input);
    const at = clock.now();
    const { id } = await feedbackDb(trx)
      .insertInto('feedbackRoutingRules')
      .values({
        ...values,
        isActive: true,
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, ctx, at, {
      action: 'feedback.routing.create',
      targetType: 'feedback_routing_rule',
      targetId: String(id),
      summary: values,
    });
    return Number(id);
  });
}

export async function updateRule(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
  input: RuleInput,
): Promise<void> {
  await ensureCanManage(db, ctx.actor);
  await inTransaction(db, async (trx) => {
    const before = await findRule(trx, id);
    const values = await valuesOf(trx, input);
    const at = clock.now();
    await feedbackDb(trx)
      .updateTable('feedbackRoutingRules')
      .set({ ...values, updatedAt: at })
      .where('id', '=', id)
      .execute();
    await recordChange(trx, ctx, at, {
      action: 'feedback.routing.update',
      targetType: 'feedback_routing_rule',
      targetId: String(id),
      summary: { before, after: values },
    });
  });
}

export async function deactivateRule(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
): Promise<void> {
  await ensureCanManage(db, ctx.actor);
  await inTransaction(db, async (trx) => {
    await findRule(trx, id);
    const at = clock.now();
    await feedbackDb(trx)
      .updateTable('feedbackRoutingRules')
      .set({ isActive: false, updatedAt: at })
      .where('id', '=', id)
      .execute();
    await recordChange(trx, ctx, at, {
      action: 'feedback.routing.deactivate',
      targetType: 'feedback_routing_rule',
      targetId: String(id),
      summary: {},
    });
  });
}
