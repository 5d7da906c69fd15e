import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { systemContext, type ActionContext, type Actor } from '../../platform/http/index.ts';
import { runSeeders } from '../../platform/seed/index.ts';
import { seedersFor } from './items.testing.ts';
import { itemsMessages } from './items.messages.ts';
import { itemsDb, listVersions } from './items.queries.ts';
import { getItemByCode, getItemForCase } from './items.read.ts';
import { createItem, retireItem, updateItem } from './items.service.ts';
import type { ItemInput } from './items.validate.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
const clock = fixedClock('2026-09-30T09:30:00+08:00');
const system = systemContext('test');

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  await runSeeders(seedersFor(['accounts.orgs']), {
    db,
    clock,
    logger: { info: () => undefined, warn: () => undefined },
  });
});
after(() => database.close());

function input(overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    code: 'T-001',
    name: '测试事项',
    nameEn: '',
    orgCode: 'mzj',
    basis: '《社会团体登记管理条例》',
    conditions: '条件',
    place: '县政务服务中心',
    hours: '工作日',
    phone: '024-53020000',
    flow: '申请 → 受理 → 决定',
    feeFen: 0,
    feeBasis: '',
    statutoryDays: 20,
    promisedDays: 5,
    online: true,
    materials: [
      {
        name: '申请书',
        form: 'original',
        copies: 1,
        isRequired: true,
        note: '',
        templateFileId: null,
      },
      { name: '身份证', form: 'copy', copies: 2, isRequired: true, note: '', templateFileId: null },
    ],
    reviewOrgs: [],
    powerCodes: [],
    ...overrides,
  };
}

/** The validation error's field → Chinese message. */
async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError && error.kind === 'validation', String(error));
    const zh = itemsMessages['zh-CN'] as Record<string, string>;
    return Object.fromEntries(
      (error.details.fields ?? []).map((f) => [
        f.field,
        (zh[f.message] ?? f.message).replace(/\{(\w+)\}/g, (_, k: string) => String(f.vars?.[k])),
      ]),
    );
  }
  assert.fail('no validation error');
}

async function orgPath(code: string): Promise<{ id: number; path: string }> {
  const { rows } = await sql<{
    id: number;
    path: string;
  }>`select id, path from accounts_orgs where code = ${code}`.execute(db);
  return rows[0]!;
}

async function officerOf(code: string): Promise<ActionContext> {
  const org = await orgPath(code);
  const actor: Actor = {
    kind: 'user',
    id: 99,
    name: `${code} officer`,
    grants: [{ role: 'department_officer', orgId: org.id, orgCode: code, orgPath: org.path }],
    scopes: [],
    mustChangePassword: false,
  };
  return { actor, requestId: null, clientIp: null };
}

describe('createItem and updateItem', () => {
  it('keeps each version whole with its note, and audits it', async () => {
    await createItem(db, clock, system, input({ code: 'T-VER' }));
    const result = await updateItem(
      db,
      clock,
      system,
      'T-VER',
      input({ code: 'T-VER', promisedDays: 3 }),
      '缩短承诺时限',
    );
    assert.equal(result.version, 2);
    const item = await getItemByCode(db, 'T-VER');
    const versions = await listVersions(itemsDb(db), item.id);
    assert.deepEqual(
      versions.map((v) => [v.version, v.content.promisedDays, v.note]),
      [
        [2, 3, '缩短承诺时限'],
        [1, 5, '创建 / created'],
      ],
    );
    const { rows } = await sql<{ action: string }>`
      select action from audit_log where target_id = 'T-VER' order by id`.execute(db);
    assert.deepEqual(
      rows.map((r) => r.action),
      ['approvals.item.create', 'approvals.item.update'],
    );
  });

  it('names every field at fault in Chinese at once', async () => {
    const fields = await fieldsOf(
      createItem(
        db,
        clock,
        system,
        input({
          code: 'T-BAD',
          name: '',
          statutoryDays: 10,
          promisedDays: 12,
          materials: [
            { name: '', form: 'copy', copies: 0, isRequired: true, note: '', templateFileId: null },
          ],
        }),
      ),
    );
    assert.equal(fields.name, '事项名称：请填写，不超过 200 字');
    assert.equal(fields.promisedDays, '承诺时限：不得超过法定时限');
    assert.match(fields.m0_name!, /^第 1 项材料：请填写材料名称/);
    assert.match(fields.m0_copies!, /^第 1 项材料：份数/);
  });

  it('caps the statutory limit at 20 days, 45 with joint review (行政许可法第42条)', async () => {
    const single = await fieldsOf(
      createItem(db, clock, system, input({ code: 'T-CAP', statutoryDays: 30 })),
    );
    assert.match(single.statutoryDays!, /单一部门办理不得超过 20 个工作日/);
    const joint = await createItem(
      db,
      clock,
      system,
      input({
        code: 'T-JOINT',
        statutoryDays: 45,
        promisedDays: 15,
        reviewOrgs: [{ orgCode: 'zrzyj', stepDays: 5 }],
      }),
    );
    assert.equal(joint.version, 1);
    const over = await fieldsOf(
      createItem(
        db,
        clock,
        system,
        input({ code: 'T-J2', statutoryDays: 46, reviewOrgs: [{ orgCode: 'zrzyj', stepDays: 5 }] }),
      ),
    );
    assert.match(over.statutoryDays!, /联合办理不得超过 45 个工作日/);
    const looser = await createItem(
      db,
      clock,
      system,
      input({ code: 'T-CAP2', statutoryDays: 30 }),
      {
        caps: { single: 30, joint: 60 },
      },
    );
    assert.equal(looser.code, 'T-CAP2');
  });

  it('asks for the basis of a fee, and takes a free item without one', async () => {
    const fields = await fieldsOf(
      createItem(db, clock, system, input({ code: 'T-FEE', feeFen: 8000 })),
    );
    assert.equal(fields.feeBasis, '收费依据：收费的事项必须写明收费依据');
    await createItem(
      db,
      clock,
      system,
      input({ code: 'T-FEE', feeFen: 8000, feeBasis: '发改价格规〔2016〕2559号' }),
    );
    assert.equal((await getItemByCode(db, 'T-FEE')).feeFen, 8000);
    assert.equal((await getItemByCode(db, 'T-VER')).feeFen, 0);
  });

  it('names unknown review departments, step limits over the promise and a taken code', async () => {
    const fields = await fieldsOf(
      createItem(
        db,
        clock,
        system,
        input({
          code: 'T-VER',
          reviewOrgs: [
            { orgCode: 'nowhere', stepDays: 1 },
            { orgCode: 'gaj', stepDays: 9 },
          ],
        }),
      ),
    );
    assert.match(fields.r0_org!, /^第 1 个联审部门：请选择/);
    assert.match(fields.r1_days!, /^第 2 个联审部门：环节时限/);
    const taken = await fieldsOf(createItem(db, clock, system, input({ code: 'T-VER' })));
    assert.equal(taken.code, '事项编码：编码 T-VER 已被使用');
  });

  it('lets a department officer change only the items of the department', async () => {
    const mzj = await officerOf('mzj');
    await createItem(db, clock, mzj, input({ code: 'T-MZ' }));
    const jyj = await officerOf('jyj');
    await assert.rejects(updateItem(db, clock, jyj, 'T-MZ', input({ code: 'T-MZ' }), 'x'), {
      code: 'not_allowed',
    });
    await assert.rejects(createItem(db, clock, jyj, input({ code: 'T-JY2' })), {
      code: 'not_allowed',
    });
    await assert.rejects(
      updateItem(db, clock, mzj, 'T-MZ', input({ code: 'T-MZ', orgCode: 'jyj' }), 'x'),
      {
        code: 'not_allowed',
      },
    );
  });

  it('retires an item as a new version; getItemForCase gives its parts', async () => {
    await createItem(
      db,
      clock,
      system,
      input({
        code: 'T-RET',
        statutoryDays: 45,
        promisedDays: 10,
        reviewOrgs: [{ orgCode: 'gaj', stepDays: 2 }],
      }),
    );
    const retired = await retireItem(db, clock, system, 'T-RET', '职能调整');
    assert.equal(retired.version, 2);
    await assert.rejects(retireItem(db, clock, system, 'T-RET', 'again'), { code: 'item_retired' });
    const item = await getItemByCode(db, 'T-RET');
    const forCase = await getItemForCase(db, item.id);
    assert.equal(forCase.kind, 'joint');
    assert.deepEqual(
      forCase.materials.map((m) => [m.name, m.form, m.copies]),
      [
        ['申请书', 'original', 1],
        ['身份证', 'copy', 2],
      ],
    );
    assert.deepEqual(
      forCase.reviewOrgs.map((r) => [r.orgCode, r.orgName, r.stepDays]),
      [['gaj', '县公安局', 2]],
    );
    await assert.rejects(getItemByCode(db, 'NOPE'), { code: 'item_not_found' });
  });
});
