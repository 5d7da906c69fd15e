import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { isAppError } from '../../../platform/errors/index.ts';
import { actorWith, publishingDatabase } from '../test-support.ts';
import { createOpenDay, updateOpenDay } from './open-days.service.ts';

describe('open-day records: who records for which orgs', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  const org = async (code: string) =>
    Number(
      (
        await (t.db as Kysely<{ accountsOrgs: { id: number; code: string } }>)
          .selectFrom('accountsOrgs')
          .select('id')
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).id,
    );
  before(async () => {
    t = await publishingDatabase();
  });
  after(() => t.close());

  const event = (orgIds: number[]) => ({
    heldOn: '2026-05-15',
    place: '县教育局一楼大厅',
    theme: '教育政策宣传咨询',
    orgIds,
    consultationsAnswered: '12',
    materialsHandedOut: '',
    summary: '',
  });

  it("a department's disclosure officer records for that department only", async () => {
    const jyjOfficer = await actorWith(t.db, 'disclosure_officer', 'jyj');
    await assert.rejects(
      createOpenDay(t.db, t.clock, jyjOfficer, event([await org('mzj')])),
      (e: unknown) =>
        isAppError(e) && e.details.fields?.[0]?.field === 'orgIds' && /参与单位/.test(e.message),
    );
    const day = await createOpenDay(t.db, t.clock, jyjOfficer, event([await org('jyj')]));
    assert.equal(day.materialsHandedOut, 0);
    assert.deepEqual(
      day.orgs.map((o) => o.name),
      ['县教育局'],
    );
    // The county office adds 民政局; the jyj officer may then no longer change it.
    const office = await actorWith(t.db, 'disclosure_officer', 'xzfb');
    await updateOpenDay(t.db, t.clock, office, day.id, event([await org('jyj'), await org('mzj')]));
    await assert.rejects(
      updateOpenDay(t.db, t.clock, jyjOfficer, day.id, event([await org('jyj')])),
      (e: unknown) => isAppError(e) && e.kind === 'forbidden',
    );
  });

  it('a leader may not record', async () => {
    const leader = await actorWith(t.db, 'leader', '210423');
    await assert.rejects(
      createOpenDay(t.db, t.clock, leader, event([await org('jyj')])),
      (e: unknown) => isAppError(e) && e.details.fields?.[0]?.field === 'orgIds',
    );
  });
});
