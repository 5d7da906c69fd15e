import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { systemContext } from '../../platform/http/index.ts';
import { isAppError } from '../../platform/errors/index.ts';
import {
  countPowers,
  findPowerByCode,
  listAdjustments,
  listFlowSteps,
  listPowers,
} from './powers.queries.ts';
import {
  amendPower,
  cancelPower,
  createPower,
  delegatePower,
  updateFlowSteps,
} from './powers.service.ts';
import { actorWith, catalogDatabase } from './test-support.ts';

const decision = {
  documentNumber: '清政发〔2026〕5号',
  adoptedOn: '2026-09-01',
  adjustmentNote: '',
};
const newPower = {
  code: 'xk-mzj-901',
  category: 'permit' as const,
  name: '养老机构设立许可',
  basis: '《中华人民共和国老年人权益保障法》第四十三条；《养老机构管理办法》第三条',
  orgCode: 'mzj',
  level: 'county' as const,
  responsibilities: '',
  accountability: '',
  supervisionPhone: '024-53024028',
  note: '',
  ...decision,
};

function rejects(code: string) {
  return (error: unknown) => isAppError(error) && error.code === code;
}

describe('the catalog service', () => {
  let t: Awaited<ReturnType<typeof catalogDatabase>>;
  let db: Kysely<unknown>;
  const system = systemContext('test');
  before(async () => {
    t = await catalogDatabase({ catalog: false });
    db = t.db;
  });
  after(() => t.close());

  it('adds a power as version 1 with the category’s stages, its laws and a permit’s flowchart', async () => {
    await createPower(db, t.clock, system, newPower);
    const power = (await findPowerByCode(db, 'XK-MZJ-901'))!;
    assert.equal(power.version, 1);
    assert.equal(power.status, 'active');
    assert.deepEqual(power.laws, ['《中华人民共和国老年人权益保障法》', '《养老机构管理办法》']);
    // RULES.md §8.2: 受理、审查、决定、送达、事后监管、其他 for 行政许可.
    assert.deepEqual(
      power.responsibilities.map((r) => r.stage),
      [
        '受理责任',
        '审查责任',
        '决定责任',
        '送达责任',
        '事后监管责任',
        '其他法律法规规章文件规定应履行的责任',
      ],
    );
    assert.match(power.accountability, /不予受理/);
    const steps = await listFlowSteps(db, power.id);
    assert.deepEqual(
      steps.map((s) => s.name),
      ['受理', '审查', '决定', '送达'],
    );
    assert.ok(steps.every((s) => s.isCheckpoint));
    const [add] = await listAdjustments(db, power.id);
    assert.equal(add?.kind, 'add');
    assert.equal(add?.documentNumber, '清政发〔2026〕5号');
  });

  it('refuses a code already used and a decision dated after today', async () => {
    await assert.rejects(
      createPower(db, t.clock, system, newPower),
      (e: unknown) => isAppError(e) && e.details.fields?.[0]?.message === 'powers.error.codeTaken',
    );
    await assert.rejects(
      createPower(db, t.clock, system, {
        ...newPower,
        code: 'XK-MZJ-902',
        adoptedOn: '2026-10-08',
      }),
      (e: unknown) =>
        isAppError(e) && e.details.fields?.[0]?.message === 'powers.error.adoptedOnFuture',
    );
  });

  it('amends by a new version, keeping every version’s whole content', async () => {
    const version = await amendPower(db, t.clock, system, 'XK-MZJ-901', {
      ...newPower,
      name: '养老机构备案',
      category: 'other',
      responsibilities: '受理责任：当场备案\n事后监管责任：双随机检查',
      documentNumber: '清政发〔2026〕9号',
    });
    assert.equal(version, 2);
    const power = (await findPowerByCode(db, 'XK-MZJ-901'))!;
    assert.equal(power.name, '养老机构备案');
    assert.deepEqual(power.responsibilities, [
      { stage: '受理责任', text: '当场备案' },
      { stage: '事后监管责任', text: '双随机检查' },
    ]);
    const versions = await (
      db as Kysely<{
        powersVersions: { powerId: number; version: number; content: { name: string } };
      }>
    )
      .selectFrom('powersVersions')
      .select(['version', 'content'])
      .where('powerId', '=', power.id)
      .orderBy('version')
      .execute();
    assert.deepEqual(
      versions.map((v) => [v.version, v.content.name]),
      [
        [1, '养老机构设立许可'],
        [2, '养老机构备案'],
      ],
    );
    const history = await listAdjustments(db, power.id);
    assert.deepEqual(
      history.map((a) => [a.version, a.kind, a.documentNumber]),
      [
        [2, 'amend', '清政发〔2026〕9号'],
        [1, 'add', '清政发〔2026〕5号'],
      ],
    );
  });

  it('delegates to the townships, then cancels; a cancelled power changes no more', async () => {
    await createPower(db, t.clock, system, {
      ...newPower,
      code: 'CF-MZJ-901',
      category: 'penalty',
      name: '对擅自兴建殡葬设施的处罚',
    });
    await delegatePower(db, t.clock, system, 'CF-MZJ-901', decision);
    let power = (await findPowerByCode(db, 'CF-MZJ-901'))!;
    assert.equal(power.status, 'delegated');
    assert.equal(power.level, 'township');
    await assert.rejects(
      delegatePower(db, t.clock, system, 'CF-MZJ-901', decision),
      rejects('power_delegated'),
    );
    assert.equal(await countPowers(db, { q: '殡葬设施' }), 1);

    await cancelPower(db, t.clock, system, 'CF-MZJ-901', {
      ...decision,
      adjustmentNote: '职能调整',
    });
    power = (await findPowerByCode(db, 'CF-MZJ-901'))!;
    assert.equal(power.status, 'cancelled');
    assert.equal(power.version, 3);
    assert.equal(await countPowers(db, { q: '殡葬设施' }), 0, 'not in the catalog in force');
    assert.equal(await countPowers(db, { q: '殡葬设施', statuses: ['cancelled'] }), 1);
    await assert.rejects(
      amendPower(db, t.clock, system, 'CF-MZJ-901', newPower),
      rejects('power_cancelled'),
    );
    await assert.rejects(
      updateFlowSteps(db, t.clock, system, 'CF-MZJ-901', []),
      rejects('power_cancelled'),
    );
  });

  it('audits every change in its transaction', async () => {
    const rows = await (
      db as Kysely<{ auditLog: { id: number; action: string; targetId: string } }>
    )
      .selectFrom('auditLog')
      .select(['action', 'targetId'])
      .where('action', 'like', 'powers.%')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      rows.map((r) => `${r.action} ${r.targetId}`),
      [
        'powers.power.create XK-MZJ-901',
        'powers.power.amend XK-MZJ-901',
        'powers.power.create CF-MZJ-901',
        'powers.power.delegate CF-MZJ-901',
        'powers.power.cancel CF-MZJ-901',
      ],
    );
  });

  it('lets a department officer change their own org’s powers only', async () => {
    const own = await actorWith(db, 'department_officer', 'mzj');
    const other = await actorWith(db, 'department_officer', 'jyj');
    const reviewer = await actorWith(db, 'reviewer', 'mzj');
    await updateFlowSteps(db, t.clock, own, 'XK-MZJ-901', [
      { name: '受理', post: '窗口', limitDays: 0, isCheckpoint: true },
    ]);
    await assert.rejects(
      amendPower(db, t.clock, other, 'XK-MZJ-901', newPower),
      rejects('not_allowed'),
    );
    await assert.rejects(
      amendPower(db, t.clock, reviewer, 'XK-MZJ-901', newPower),
      rejects('not_allowed'),
    );
    // Nor may an officer move a power to an org they do not cover.
    await assert.rejects(
      amendPower(db, t.clock, own, 'XK-MZJ-901', { ...newPower, orgCode: 'jyj' }),
      rejects('not_allowed'),
    );
    const steps = await listFlowSteps(db, (await findPowerByCode(db, 'XK-MZJ-901'))!.id);
    assert.deepEqual(steps, [
      { position: 1, name: '受理', post: '窗口', limitDays: 0, isCheckpoint: true },
    ]);
  });

  it('lists powers in force by code, filtered by words, org and category', async () => {
    const rows = await listPowers(db, { category: 'other' });
    assert.deepEqual(
      rows.map((r) => r.code),
      ['XK-MZJ-901'],
    );
    assert.equal(await countPowers(db, { q: '老年人权益保障法' }), 1, 'words of the legal basis');
    assert.equal(await countPowers(db, { q: '100%_' }), 0, 'LIKE wildcards are literal');
  });
});
