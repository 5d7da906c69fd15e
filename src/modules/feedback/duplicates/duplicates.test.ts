import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg, createTestUser } from '../../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { fixedClock } from '../../../platform/clock/index.ts';
import { isAppError } from '../../../platform/errors/index.ts';
import { publicActor, systemContext, type ActionContext } from '../../../platform/http/index.ts';
import { readClock } from '../../deadlines/index.ts';
import { findAppeal } from '../feedback.queries.ts';
import type { AppealInput } from '../feedback.schemas.ts';
import { submitAppeal } from '../submission.service.ts';
import { findDuplicateCandidates, listDuplicatePairs } from './duplicates.queries.ts';
import { mergeAppeal } from './merge.service.ts';

let database: TestDatabase;
let db: Kysely<unknown>;
const clock = fixedClock('2026-09-25T10:00:00+08:00');
let staff: ActionContext;
const n: Record<string, string> = {};
const ids: Record<string, number> = {};

const lamp = '幸福小区门口的路灯已经坏了一周，晚上出行很不方便，请尽快修理。';

async function submit(name: string, input: Partial<AppealInput>) {
  const receipt = await submitAppeal(
    db,
    clock,
    systemContext('dup-test'),
    {
      kind: 'complaint',
      subject: '路灯不亮',
      content: lamp,
      place: '清原镇幸福小区',
      ...input,
    } as AppealInput,
    { channel: 'phone' },
  );
  n[name] = receipt.trackingNumber;
  ids[name] = receipt.appeal.id;
}

const numbersOf = (rows: { trackingNumber: string }[]) => rows.map((r) => r.trackingNumber).sort();

describe('duplicate appeals', () => {
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    const county = await createTestOrg(db, 'dup-county');
    const user = await createTestUser(db, 'dup-responder', county);
    staff = {
      actor: {
        kind: 'user',
        id: user,
        name: 'dup-responder',
        grants: [
          { role: 'responder', orgId: county, orgCode: 'dup-county', orgPath: `/${county}/` },
        ],
        scopes: [],
        mustChangePassword: false,
      },
      requestId: null,
      clientIp: null,
    };
    await submit('first', { phone: '13800000001' });
    // The same submitter, another matter.
    await submit('sameContact', {
      phone: '+86 13800000001',
      subject: '噪音扰民',
      content: '楼下饭店每晚营业到凌晨，噪音很大。',
      place: '南口前镇',
    });
    // Near-identical text about the same place, another submitter.
    await submit('sameText', { phone: '13800000002', content: `${lamp}谢谢。` });
    // Near-identical text elsewhere; different text at the same place.
    await submit('otherPlace', { phone: '13800000003', content: lamp, place: '南口前镇' });
    await submit('otherText', {
      phone: '13800000004',
      subject: '社保咨询',
      content: '请问灵活就业人员如何缴纳社保，每月缴多少？',
    });
    // Without a place: the same text counts only for the same kind.
    await submit('noPlace', { phone: '13800000005', place: '' });
    await submit('noPlaceSameKind', { phone: '13800000006', place: '' });
    await submit('noPlaceOtherKind', { phone: '13800000007', place: '', kind: 'suggestion' });
    await submit('closed', {
      phone: '13800000008',
      subject: '已办结',
      content: '这是一条已经办结的诉求内容。',
    });
    await sql`update feedback_appeals set state = 'closed', closed_at = now(), closed_on = '2026-09-25',
      closed_outcome = 'resolved' where id = ${ids.closed}`.execute(db);
  });
  after(() => database.close());

  it('finds the same submitter and near-identical text about the same place, not other text', async () => {
    const candidates = await findDuplicateCandidates(db, ids.first!);
    assert.deepEqual(numbersOf(candidates), [n.sameContact, n.sameText].sort());
    const byNumber = new Map(candidates.map((c) => [c.trackingNumber, c]));
    assert.equal(byNumber.get(n.sameContact!)!.reason, 'contact');
    assert.equal(byNumber.get(n.sameText!)!.reason, 'text');
    assert.ok(byNumber.get(n.sameText!)!.similarity >= 0.6);
    assert.equal(byNumber.get(n.sameText!)!.receivedOn, '2026-09-25');
    assert.deepEqual(numbersOf(await findDuplicateCandidates(db, ids.otherText!)), []);
    assert.deepEqual(numbersOf(await findDuplicateCandidates(db, ids.noPlace!)), [
      n.noPlaceSameKind,
    ]);
  });

  it('lists the pairs the actor may read', async () => {
    const pairs = await listDuplicatePairs(db, staff.actor);
    const keys = pairs.map(
      (p) => `${p.first.trackingNumber}>${p.second.trackingNumber}:${p.reason}`,
    );
    assert.ok(keys.includes(`${n.first}>${n.sameContact}:contact`), keys.join());
    assert.ok(keys.includes(`${n.first}>${n.sameText}:text`), keys.join());
    assert.ok(keys.includes(`${n.noPlace}>${n.noPlaceSameKind}:text`), keys.join());
    assert.equal(
      keys.some((k) => k.includes(n.otherText!) || k.includes(n.noPlaceOtherKind!)),
      false,
    );
    assert.deepEqual(await listDuplicatePairs(db, publicActor), []);
  });

  it('merges: state, clocks stopped, withdrawn checkpoint, history on both, the submitter told', async () => {
    const merged = await mergeAppeal(db, clock, staff, n.sameText!, {
      into: n.first!,
      reason: '同一路灯',
    });
    assert.equal(merged.state, 'merged');
    assert.equal(merged.mergedIntoId, ids.first);
    for (const clockId of [merged.replyClockId, merged.completeClockId]) {
      assert.equal((await readClock(db, clock, clockId)).view.state, 'stopped');
    }
    const { rows: checkpoints } = await sql<{ kind: string; data: { reason?: string } }>`
      select kind, data from checkpoints where matter_id = ${n.sameText} and kind = 'withdrawn'`.execute(
      db,
    );
    assert.equal(checkpoints.length, 1);
    assert.equal(checkpoints[0]!.data.reason, `合并至 ${n.first}`);
    const { rows: events } = await sql<{ appealId: string; kind: string; isPublic: boolean }>`
      select appeal_id, kind, is_public from feedback_appeal_events
      where kind in ('merged', 'merged_in') order by id`.execute(db);
    assert.deepEqual(
      events.map((e) => [Number(e.appealId), e.kind, e.isPublic]),
      [
        [ids.first, 'merged_in', true],
        [ids.sameText, 'merged', true],
      ],
    );
    const { rows: messages } = await sql<{ recipient: string; body: string }>`
      select recipient, body from notification_messages where recipient = '13800000002'`.execute(
      db,
    );
    assert.equal(messages.length, 1);
    assert.ok(messages[0]!.body.includes(n.first!));
    // A merged appeal is no longer a candidate.
    assert.deepEqual(numbersOf(await findDuplicateCandidates(db, ids.first!)), [n.sameContact]);
  });

  it('refuses bad merges', async () => {
    const refused = async (number: string, into: string, kind: string, context = staff) =>
      assert.rejects(
        mergeAppeal(db, clock, context, number, { into }),
        (e) => isAppError(e) && e.kind === kind,
      );
    await refused(n.first!, n.first!, 'validation');
    await refused(n.first!, 'FK20260925000000', 'validation');
    await refused(n.first!, n.closed!, 'invalid_state');
    await refused(n.sameText!, n.first!, 'invalid_state');
    await assert.rejects(
      mergeAppeal(db, clock, staff, n.otherPlace!, { into: n.sameText! }),
      (e) => isAppError(e) && e.kind === 'invalid_state' && e.details.root === n.first,
    );
    await refused(n.otherPlace!, n.first!, 'forbidden', {
      ...staff,
      actor: { ...staff.actor, grants: [] },
    });
    assert.notEqual((await findAppeal(db, n.otherPlace!))!.state, 'merged');
  });

  it('moves appeals merged into the duplicate to the new root (no chains)', async () => {
    await mergeAppeal(db, clock, staff, n.first!, { into: n.noPlace! });
    const earlier = await findAppeal(db, n.sameText!);
    assert.equal(earlier!.mergedIntoId, ids.noPlace);
  });
});
