import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { isAppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { approveItem, createDraft, submitItem } from './items.service.ts';
import { publishItem, withdrawItem } from './publish.service.ts';
import { canInChannel, isCountyOffice, type PublishingAction } from './publishing.policy.ts';
import { actorWith, channel, publishingDatabase } from './test-support.ts';

const forbidden = (error: unknown) => isAppError(error) && error.code === 'not_allowed';

describe('who may do what in which channel', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
  });
  after(() => t.close());

  // [role, org of the grant, channel] → [author, approve, publish, configure]
  const matrix: [string, string, string, [boolean, boolean, boolean, boolean]][] = [
    ['department_officer', 'mzj', 'mzj', [true, false, false, false]],
    ['department_officer', 'mzj', 'jyj', [false, false, false, false]],
    ['department_officer', 'mzj', '210423', [false, false, false, false]],
    ['department_officer', '210423', 'mzj', [true, false, false, false]],
    // The 政务公开办 (gongkai: a disclosure officer at xzfb) acts in every channel.
    ['disclosure_officer', 'xzfb', 'mzj', [true, true, true, true]],
    ['disclosure_officer', 'xzfb', '210423', [true, true, true, true]],
    ['disclosure_officer', 'xzfb', 'qyz', [true, true, true, true]],
    // A department's own disclosure officer: its own channel, not the others, not configuring.
    ['disclosure_officer', 'mzj', 'mzj', [true, true, true, false]],
    ['disclosure_officer', 'mzj', 'jyj', [false, false, false, false]],
    ['leader', 'mzj', 'mzj', [false, true, false, false]],
    ['leader', '210423', 'jyj', [false, true, false, false]],
    ['admin', '210423', 'jyj', [true, true, true, true]],
    ['admin', 'mzj', 'jyj', [false, false, false, false]],
    ['window_clerk', 'qyz', 'qyz', [false, false, false, false]],
    ['supervisor', '210423', 'mzj', [false, false, false, false]],
  ];
  const actions: PublishingAction[] = ['author', 'approve', 'publish', 'configure'];

  for (const [role, org, code, expected] of matrix) {
    it(`${role}@${org} in channel ${code}: ${expected.map((e, i) => (e ? actions[i] : '-')).join(' ')}`, async () => {
      const ctx = await actorWith(db, role, org);
      const ch = await channel(db, code);
      assert.deepEqual(
        actions.map((a) => canInChannel(ctx.actor, a, ch.orgPath)),
        expected,
      );
    });
  }

  it('names the county office by its org (configurable) or a grant on the county government', async () => {
    assert.equal(isCountyOffice((await actorWith(db, 'disclosure_officer', 'xzfb')).actor), true);
    assert.equal(
      isCountyOffice((await actorWith(db, 'disclosure_officer', 'xzfb')).actor, ['gxj']),
      false,
    );
    assert.equal(isCountyOffice((await actorWith(db, 'disclosure_officer', '210423')).actor), true);
    assert.equal(isCountyOffice((await actorWith(db, 'department_officer', 'xzfb')).actor), false);
  });

  it('the services enforce the matrix at every step', async () => {
    const mzj = await channel(db, 'mzj');
    const officer = await actorWith(db, 'department_officer', 'mzj');
    const outsider = await actorWith(db, 'department_officer', 'jyj');
    const gongkai = await actorWith(db, 'disclosure_officer', 'xzfb');
    const draft = {
      channelId: mzj.id,
      type: 'news' as const,
      title: '民政局召开养老服务工作会议',
      formedOn: '2026-09-29',
    };
    await assert.rejects(createDraft(db, t.clock, outsider, draft), forbidden);
    const item = await createDraft(db, t.clock, officer, draft);
    await assert.rejects(submitItem(db, t.clock, outsider, item.id), forbidden);
    await submitItem(db, t.clock, officer, item.id);
    const step = async (ctx: ActionContext) => approveItem(db, t.clock, ctx, item.id);
    await assert.rejects(step(await actorWith(db, 'department_officer', 'mzj')), forbidden);
    await assert.rejects(step(await actorWith(db, 'disclosure_officer', 'jyj')), forbidden);
    await step(gongkai);
    await assert.rejects(publishItem(db, t.clock, officer, item.id), forbidden);
    await assert.rejects(
      publishItem(db, t.clock, await actorWith(db, 'leader', 'mzj'), item.id),
      forbidden,
    );
    await publishItem(db, t.clock, gongkai, item.id);
    await assert.rejects(
      withdrawItem(db, t.clock, officer, item.id, { reason: '内容有误' }),
      forbidden,
    );
    const own = await actorWith(db, 'disclosure_officer', 'mzj');
    const withdrawn = await withdrawItem(db, t.clock, own, item.id, { reason: '内容有误' });
    assert.equal(withdrawn.state, 'withdrawn');
    assert.equal(withdrawn.withdrawnReason, '内容有误');
  });
});
