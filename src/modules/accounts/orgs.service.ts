import type { Kysely } from 'kysely';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { AccountsTables } from './accounts.tables.ts';
import {
  findOrgByCode,
  insertOrg,
  insertOrgHistory,
  type NewOrg,
  type OrgSummary,
} from './orgs.queries.ts';

/** Creates an org under the parent with `parentCode` (none: a root). Throws conflict if the code exists. */
export async function createOrg(
  db: Kysely<AccountsTables>,
  clock: Clock,
  input: Omit<NewOrg, 'parentId'> & { parentCode: string | null },
): Promise<OrgSummary> {
  return db.transaction().execute(async (trx) => {
    if (await findOrgByCode(trx, input.code)) {
      throw new AppError(
        'conflict',
        'org_code_taken',
        `机构代码 ${input.code} 已存在 / org code ${input.code} exists`,
      );
    }
    const parent = input.parentCode ? await getOrgByCode(trx, input.parentCode) : undefined;
    const { parentCode: _ignored, ...org } = input;
    const created = await insertOrg(
      trx,
      { ...org, parentId: parent?.id ?? null },
      parent?.path ?? '/',
    );
    await insertOrgHistory(trx, {
      orgId: created.id,
      change: 'created',
      name: created.name,
      parentId: created.parentId,
      effectiveOn: localDateOf(clock.now()),
    });
    return created;
  });
}

/** The org with this code, or `not_found` (org_not_found). */
export async function getOrgByCode(db: Kysely<AccountsTables>, code: string): Promise<OrgSummary> {
  const org = await findOrgByCode(db, code);
  if (!org)
    throw new AppError(
      'not_found',
      'org_not_found',
      `没有代码为 ${code} 的机构 / no org with code ${code}`,
    );
  return org;
}
