import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { isAppError } from '../../platform/errors/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { usccCharset, usccProblem } from '../../platform/identifiers/index.ts';
import { upsertSettings, type SettingsTables } from '../../platform/settings/index.ts';
import { issuedAmong } from './licences.queries.ts';
import { issueLicence, issueLicenceCode, type LicenceInput } from './licences.service.ts';

/** A random source spelling the given body characters, over and over. */
function spelling(chars: string): () => number {
  let i = 0;
  return () => (usccCharset.indexOf(chars[i++ % chars.length]!) + 0.5) / usccCharset.length;
}

const clock = fixedClock('2026-09-30T09:30:00+08:00');
const ctx = systemContext('test');

describe('issuing licences with credit codes', () => {
  let t: TestDatabase;
  let base: Omit<LicenceInput, 'kind'>;
  before(async () => {
    t = await createTestDatabase();
    await upsertSettings(t.db as Kysely<SettingsTables>, {
      countyName: '测试县',
      governmentName: '测试县人民政府',
      regionCode: '210423',
    });
    const bureau = await createTestOrg(t.db, 'scjgj-test');
    base = {
      name: '测试有限公司',
      legalRepresentative: '张三',
      legalRepresentativeIdNumber: '11010519491231002x',
      registeredCapitalFen: 1_000_000,
      address: '测试县测试路1号',
      businessScope: '技术服务',
      issuingOrgId: bureau,
    };
  });
  after(() => t.close());

  it('makes a valid code of authority 9, the kind’s category and the county’s region, audited', async () => {
    const enterprise = await issueLicence(t.db, clock, ctx, { ...base, kind: 'enterprise' });
    const individual = await issueLicence(t.db, clock, ctx, { ...base, kind: 'individual' });
    const cooperative = await issueLicence(t.db, clock, ctx, { ...base, kind: 'cooperative' });
    assert.match(enterprise.creditCode, /^91210423/);
    assert.match(individual.creditCode, /^92210423/);
    assert.match(cooperative.creditCode, /^93210423/);
    for (const issued of [enterprise, individual, cooperative]) {
      assert.equal(usccProblem(issued.creditCode), null);
      assert.equal(issued.issuedOn, '2026-09-30');
    }
    const { rows } = await sql<{ targetId: string }>`
      select target_id from audit_log where target_type = 'licence'`.execute(t.db);
    assert.deepEqual(
      rows.map((r) => r.targetId).sort(),
      [enterprise.creditCode, individual.creditCode, cooperative.creditCode].sort(),
    );
    const stored = await sql<{ legalRepresentativeIdNumber: string; establishedOn: string }>`
      select legal_representative_id_number, established_on from approvals_licences
      where credit_code = ${enterprise.creditCode}`.execute(t.db);
    assert.deepEqual(stored.rows[0], {
      legalRepresentativeIdNumber: '11010519491231002X',
      establishedOn: '2026-09-30',
    });
  });

  it('retries with another code when the generated one is already issued', async () => {
    const first = await issueLicence(
      t.db,
      clock,
      ctx,
      { ...base, kind: 'enterprise' },
      {
        random: spelling('MA0AB1CD'),
      },
    );
    // The same body comes out first (a clash), then another one.
    const body = 'MA0AB1CD' + 'MA0AB1CE';
    const second = await issueLicence(
      t.db,
      clock,
      ctx,
      { ...base, kind: 'enterprise' },
      {
        random: spelling(body),
      },
    );
    assert.notEqual(second.creditCode, first.creditCode);
    assert.equal(second.creditCode.slice(8, 16), 'MA0AB1CE');
    assert.equal(usccProblem(second.creditCode), null);
    const issued = await issuedAmong(t.db, [first.creditCode, second.creditCode]);
    assert.equal(issued.size, 2);
  });

  it('gives up after its attempts with a conflict, leaving the caller’s transaction usable', async () => {
    const taken = await issueLicence(
      t.db,
      clock,
      ctx,
      { ...base, kind: 'enterprise' },
      {
        random: spelling('MB1CD2EF'),
      },
    );
    const counted = await t.db.transaction().execute(async (trx) => {
      let random = 0;
      const source = spelling('MB1CD2EF');
      await assert.rejects(
        issueLicenceCode(
          trx,
          '210423',
          '1',
          {
            ...base,
            kind: 'enterprise',
            establishedOn: '2026-09-30',
            issuedOn: '2026-09-30',
            createdAt: clock.now(),
            updatedAt: clock.now(),
          },
          { random: () => (random++, source()), attempts: 3 },
        ),
        (error) => isAppError(error) && error.code === 'credit_code_exhausted',
      );
      assert.equal(random, 24, 'three codes of 8 random characters');
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from approvals_licences where credit_code = ${taken.creditCode}`.execute(
        trx,
      );
      return rows[0]!.n;
    });
    assert.equal(counted, 1);
  });

  it('refuses to issue while the county’s region code is not set', async () => {
    await upsertSettings(t.db as Kysely<SettingsTables>, {
      countyName: '测试县',
      governmentName: '测试县人民政府',
      regionCode: '000000',
    });
    await assert.rejects(
      issueLicence(t.db, clock, ctx, { ...base, kind: 'enterprise' }),
      (error) => isAppError(error) && error.code === 'region_not_configured',
    );
    await upsertSettings(t.db as Kysely<SettingsTables>, {
      countyName: '测试县',
      governmentName: '测试县人民政府',
      regionCode: '210423',
    });
  });
});
