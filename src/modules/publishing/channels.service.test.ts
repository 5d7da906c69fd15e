import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { isAppError } from '../../platform/errors/index.ts';
import { ensureChannels, setTwoPersonRule } from './channels.service.ts';
import { listChannels } from './publishing.queries.ts';
import { actorWith, channel, publishingDatabase } from './test-support.ts';

describe('channels', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
  });
  after(() => t.close());

  it('gives the county government, every department and every township one channel, no centre', async () => {
    const channels = await listChannels(db);
    const kinds = await sql<{ kind: string; n: number }>`
      select kind, count(*)::int as n from accounts_orgs
      where is_active and kind in ('government', 'department', 'township') group by kind`.execute(
      db,
    );
    assert.equal(
      channels.length,
      kinds.rows.reduce((sum, r) => sum + r.n, 0),
    );
    const codes = channels.map((c) => c.code);
    assert.ok(codes.includes('210423') && codes.includes('mzj') && codes.includes('qyz'));
    assert.ok(!codes.includes('zwfw') && !codes.includes('qyz-bmfw'));
    assert.ok(channels.every((c) => c.twoPersonRule));
    assert.equal(await ensureChannels(db, t.clock), 0);
  });

  it('lets the county office or an admin switch the two-person rule, audited', async () => {
    const qyz = await channel(db, 'qyz');
    await assert.rejects(
      setTwoPersonRule(
        db,
        t.clock,
        await actorWith(db, 'disclosure_officer', 'qyz'),
        qyz.id,
        false,
      ),
      (e: unknown) => isAppError(e) && e.code === 'not_allowed',
    );
    const updated = await setTwoPersonRule(
      db,
      t.clock,
      await actorWith(db, 'admin', '210423'),
      qyz.id,
      false,
    );
    assert.equal(updated.twoPersonRule, false);
    const audit = await sql<{ n: number }>`
      select count(*)::int as n from audit_log
      where action = 'publishing.channel.two_person_rule' and target_id = ${String(qyz.id)}`.execute(
      db,
    );
    assert.equal(audit.rows[0]!.n, 1);
  });
});
