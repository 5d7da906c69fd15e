import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { AuditTables } from '../../platform/audit/index.ts';
import type { Actor, ActionContext } from '../../platform/http/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { accountAdminRule, can, orgRecordRule } from './accounts.policy.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { findOrgByCode, listOrgHistory, rewriteSubtreePaths } from './orgs.queries.ts';
import { getOrgByCode, moveOrg, updateOrg } from './orgs.service.ts';
import { deactivateOrg, mergeOrg, reactivateOrg } from './orgs-status.service.ts';

function actorWith(role: string, org: { id: number; code: string; path: string }): Actor {
  return {
    kind: 'user',
    id: 999,
    name: role,
    grants: [{ role, orgId: org.id, orgCode: org.code, orgPath: org.path }],
    scopes: [],
    mustChangePassword: false,
  };
}

function contextAs(actor: Actor): ActionContext {
  return { actor, requestId: 'test', clientIp: '127.0.0.1' };
}

const rejectsWith = (code: string, field?: string) => (error: unknown) => {
  const e = error as { code?: string; details?: { fields?: { field: string }[] } };
  assert.equal(e.code, code);
  if (field) assert.equal(e.details?.fields?.[0]?.field, field);
  return true;
};

describe('org tree services', () => {
  let t: TestApp;
  let db: Kysely<AccountsTables>;
  let admin: ActionContext;
  /** The org-tree audit records of an org (the demo's publications are audited under it too). */
  const auditActions = async (orgCode: string) =>
    (
      await (t.database.db as Kysely<AuditTables>)
        .selectFrom('auditLog')
        .select('action')
        .where('orgCode', '=', orgCode)
        .where('action', 'like', 'accounts.%')
        .orderBy('id')
        .execute()
    ).map((r) => r.action);

  before(async () => {
    t = await createTestApp({ demo: true });
    db = t.database.db as Kysely<AccountsTables>;
    admin = contextAs(actorWith('admin', await getOrgByCode(db, '210423')));
  });
  after(() => t.close());

  it('renames an org keeping its id; the old name stays in the history', async () => {
    const before = await getOrgByCode(db, 'jyj');
    await updateOrg(db, t.clock, admin, 'jyj', {
      name: '县教育和科学技术局',
      nameEn: 'Education and Science Bureau',
      contactPhone: '024-55555555',
      contactAddress: '清原镇 1 号',
      sortOrder: before.sortOrder,
      effectiveOn: '2026-10-08',
      documentNumber: '清政发〔2026〕12号',
    });
    const afterRename = await getOrgByCode(db, 'jyj');
    assert.equal(afterRename.id, before.id);
    assert.equal(afterRename.name, '县教育和科学技术局');
    assert.equal(afterRename.contactPhone, '024-55555555');
    const history = await listOrgHistory(db, before.id);
    assert.deepEqual(
      history.map((h) => [h.change, h.name, h.effectiveOn, h.documentNumber]),
      [
        ['created', '县教育局', '2026-09-30', ''],
        ['renamed', '县教育和科学技术局', '2026-10-08', '清政发〔2026〕12号'],
      ],
    );
    assert.deepEqual(await auditActions('jyj'), ['accounts.org.update']);
  });

  it('writes no history row when the name stays, and nothing at all when nothing changes', async () => {
    const org = await getOrgByCode(db, 'sfj');
    const same = {
      name: org.name,
      nameEn: org.nameEn,
      contactPhone: org.contactPhone,
      contactAddress: org.contactAddress,
      sortOrder: org.sortOrder,
    };
    await updateOrg(db, t.clock, admin, 'sfj', same);
    assert.deepEqual(await auditActions('sfj'), []);
    await updateOrg(db, t.clock, admin, 'sfj', { ...same, sortOrder: 99 });
    assert.equal((await listOrgHistory(db, org.id)).length, 1);
    assert.deepEqual(await auditActions('sfj'), ['accounts.org.update']);
  });

  it('moves an org with its subtree: paths are rewritten, so a grant on the new parent covers them', async () => {
    const town = await getOrgByCode(db, 'httsz');
    const center = await getOrgByCode(db, 'httsz-bmfw');
    const newParent = await getOrgByCode(db, 'xzfb');
    const officerAtNewParent = actorWith('department_officer', newParent);
    assert.equal(can(officerAtNewParent, 'change', center.path, orgRecordRule), false);

    await moveOrg(db, t.clock, admin, 'httsz', {
      parentCode: 'xzfb',
      effectiveOn: '2026-10-09',
      documentNumber: '清政办〔2026〕3号',
    });
    const movedTown = await getOrgByCode(db, 'httsz');
    const movedCenter = await getOrgByCode(db, 'httsz-bmfw');
    assert.equal(movedTown.id, town.id);
    assert.equal(movedTown.parentId, newParent.id);
    assert.equal(movedTown.path, `${newParent.path}${town.id}/`);
    assert.equal(movedCenter.path, `${newParent.path}${town.id}/${center.id}/`);
    assert.equal(can(officerAtNewParent, 'change', movedCenter.path, orgRecordRule), true);
    assert.equal(can(officerAtNewParent, 'change', movedTown.path, orgRecordRule), true);
    const elsewhere = actorWith('department_officer', await getOrgByCode(db, 'csz'));
    assert.equal(can(elsewhere, 'read', movedCenter.path, orgRecordRule), false);

    const history = await listOrgHistory(db, town.id);
    assert.deepEqual(
      history.map((h) => [h.change, h.parentCode, h.documentNumber]),
      [
        ['created', '210423', ''],
        ['moved', 'xzfb', '清政办〔2026〕3号'],
      ],
    );
    assert.deepEqual(await auditActions('httsz'), ['accounts.org.move']);
  });

  it('refuses to move an org under itself or its own subtree', async () => {
    await assert.rejects(
      moveOrg(db, t.clock, admin, 'csz', { parentCode: 'csz-bmfw' }),
      rejectsWith('org_parent_in_subtree', 'parentCode'),
    );
    await assert.rejects(
      moveOrg(db, t.clock, admin, 'csz', { parentCode: 'csz' }),
      rejectsWith('org_parent_in_subtree', 'parentCode'),
    );
    await assert.rejects(
      moveOrg(db, t.clock, admin, 'csz', { parentCode: 'nowhere' }),
      rejectsWith('org_parent_unknown', 'parentCode'),
    );
    assert.equal((await getOrgByCode(db, 'csz')).parentId, (await getOrgByCode(db, '210423')).id);
  });

  it('rewrites paths with one prefix update (pinned SQL)', () => {
    const compiled = rewriteSubtreePaths(db, '/1/7/', '/1/2/7/', new Date(0)).compile();
    assert.equal(
      compiled.sql,
      'update "accounts_orgs" set "path" = $1 || substr(path, length($2) + 1), "updated_at" = $3 where "path" like $4',
    );
    assert.deepEqual(compiled.parameters.slice(0, 2), ['/1/2/7/', '/1/7/']);
    assert.equal(compiled.parameters[3], '/1/7/%');
  });

  it('merges an org: it is deactivated pointing at the target, which stays; both recorded', async () => {
    const from = await getOrgByCode(db, 'kjj');
    const into = await getOrgByCode(db, 'gxj');
    await mergeOrg(db, t.clock, admin, 'kjj', {
      intoCode: 'gxj',
      effectiveOn: '2026-10-10',
      documentNumber: '清编发〔2026〕1号',
    });
    const merged = await findOrgByCode(db, 'kjj');
    assert.equal(merged?.id, from.id);
    assert.equal(merged?.isActive, false);
    assert.equal(merged?.mergedIntoId, into.id);
    assert.equal((await getOrgByCode(db, 'gxj')).isActive, true);
    const last = (await listOrgHistory(db, from.id)).at(-1);
    assert.deepEqual(
      [last?.change, last?.name, last?.effectiveOn],
      ['merged', '县科学技术局', '2026-10-10'],
    );
    assert.deepEqual(await auditActions('kjj'), ['accounts.org.merge']);
    await assert.rejects(
      mergeOrg(db, t.clock, admin, 'kjj', { intoCode: 'gxj' }),
      rejectsWith('org_inactive'),
    );
  });

  it('refuses to merge or deactivate an org that still has active sub-orgs', async () => {
    await assert.rejects(
      mergeOrg(db, t.clock, admin, 'nscz', { intoCode: 'csz' }),
      rejectsWith('org_has_active_children', 'intoCode'),
    );
    await assert.rejects(
      deactivateOrg(db, t.clock, admin, 'nscz', {}),
      rejectsWith('org_has_active_children', 'status'),
    );
    await assert.rejects(
      mergeOrg(db, t.clock, admin, '210423', { intoCode: 'xzfb' }),
      rejectsWith('org_merge_in_subtree', 'intoCode'),
    );
  });

  it('deactivates and reactivates, keeping both in the history', async () => {
    await deactivateOrg(db, t.clock, admin, 'tjj', { documentNumber: '清编发〔2026〕2号' });
    assert.equal((await getOrgByCode(db, 'tjj')).isActive, false);
    await reactivateOrg(db, t.clock, admin, 'tjj', { effectiveOn: '2026-11-02' });
    const org = await getOrgByCode(db, 'tjj');
    assert.equal(org.isActive, true);
    assert.deepEqual(
      (await listOrgHistory(db, org.id)).map((h) => [h.change, h.effectiveOn]),
      [
        ['created', '2026-09-30'],
        ['deactivated', '2026-09-30'],
        ['reactivated', '2026-11-02'],
      ],
    );
    assert.deepEqual(await auditActions('tjj'), [
      'accounts.org.deactivate',
      'accounts.org.reactivate',
    ]);
  });

  it('lets only admins covering the org change it', async () => {
    const mzj = await getOrgByCode(db, 'mzj');
    const officer = contextAs(actorWith('department_officer', mzj));
    const townAdmin = contextAs(actorWith('admin', await getOrgByCode(db, 'qyz')));
    const change = { ...mzj, effectiveOn: '', documentNumber: '' };
    await assert.rejects(
      updateOrg(db, t.clock, officer, 'mzj', change),
      rejectsWith('not_allowed'),
    );
    await assert.rejects(
      updateOrg(db, t.clock, townAdmin, 'mzj', change),
      rejectsWith('not_allowed'),
    );
    // Covering the org is not enough to move it somewhere the admin does not cover.
    await assert.rejects(
      moveOrg(db, t.clock, townAdmin, 'qyz-bmfw', { parentCode: 'xzfb' }),
      rejectsWith('not_allowed'),
    );
    assert.equal(can(townAdmin.actor, 'change', mzj.path, accountAdminRule), false);
    await updateOrg(db, t.clock, systemContext(), 'mzj', { ...change, sortOrder: 8 });
  });
});
