/**
 * Test rows for cases: an item with materials and review departments, a window at a center that
 * takes it, and actors holding roles — written straight into the tables (the items tables are
 * stable; their services belong to items*.ts).
 */
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import type { ActionContext, Grant } from '../../platform/http/index.ts';
import { casesDb } from './cases.queries.ts';

export interface TestItemInput {
  code: string;
  orgId: number;
  promisedDays: number;
  statutoryDays?: number;
  materials?: { name: string; isRequired?: boolean }[];
  reviewOrgs?: { orgId: number; stepDays: number }[];
  online?: boolean;
}

export async function createTestItem(
  db: Kysely<unknown>,
  input: TestItemInput,
): Promise<{ id: number; materialIds: number[] }> {
  const at = new Date('2026-01-01T00:00:00Z');
  const writer = casesDb(db);
  const { id } = await writer
    .insertInto('approvalsItems')
    .values({
      code: input.code,
      name: `测试事项 ${input.code}`,
      orgId: input.orgId,
      feeFen: 0,
      statutoryDays: input.statutoryDays ?? Math.max(20, input.promisedDays),
      promisedDays: input.promisedDays,
      online: input.online ?? true,
      createdAt: at,
      updatedAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const materialIds: number[] = [];
  for (const [position, material] of (input.materials ?? []).entries()) {
    const row = await writer
      .insertInto('approvalsItemMaterials')
      .values({
        itemId: id,
        position,
        name: material.name,
        form: 'original',
        isRequired: material.isRequired ?? true,
        templateFileId: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    materialIds.push(Number(row.id));
  }
  for (const [position, org] of (input.reviewOrgs ?? []).entries()) {
    await writer
      .insertInto('approvalsItemReviewOrgs')
      .values({ itemId: id, orgId: org.orgId, stepDays: org.stepDays, position })
      .execute();
  }
  return { id: Number(id), materialIds };
}

export async function createTestWindow(
  db: Kysely<unknown>,
  centerOrgId: number,
  number: string,
  itemIds: number[],
): Promise<number> {
  const { id } = await casesDb(db)
    .insertInto('approvalsWindows')
    .values({ centerOrgId, number, name: `${number}号窗口` })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const itemId of itemIds) {
    await casesDb(db).insertInto('approvalsWindowItems').values({ windowId: id, itemId }).execute();
  }
  return Number(id);
}

/** A center org (kind `center`) under `parentId`. */
export async function createTestCenter(
  db: Kysely<unknown>,
  code: string,
  parentId: number | null,
): Promise<number> {
  const id = await createTestOrg(db, code, parentId);
  await sql`update accounts_orgs set kind = 'center' where id = ${id}`.execute(db);
  return id;
}

/** An action context for a signed-in user holding `role` on the org. */
export async function actorWith(
  db: Kysely<unknown>,
  name: string,
  grants: { role: string; orgId: number }[],
): Promise<ActionContext> {
  const resolved: Grant[] = [];
  for (const grant of grants) {
    const org = await casesDb(db)
      .selectFrom('accountsOrgs')
      .select(['code', 'path'])
      .where('id', '=', grant.orgId)
      .executeTakeFirstOrThrow();
    resolved.push({ role: grant.role, orgId: grant.orgId, orgCode: org.code, orgPath: org.path });
  }
  return {
    actor: {
      kind: 'user',
      id: 1,
      name,
      grants: resolved,
      scopes: [],
      mustChangePassword: false,
    },
    requestId: null,
    clientIp: null,
  };
}
