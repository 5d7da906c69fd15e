import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { runJobOnce } from '../../platform/jobs/index.ts';
import { deliveryJob, logDeliveryAdapter } from '../../platform/notify/index.ts';
import { raiseViolations } from './violations.ts';
import { emitAndProcess, insertMatter } from './warnings.testing.ts';

const password = (user: string) => `Sunshine-${user}-2026`;

describe('the warning ladder (/staff/supervision/warnings)', () => {
  let t: TestApp;
  let db: Kysely<unknown>;
  let warningId: number;
  const cookies: Record<string, string> = {};
  const url = () => `/staff/supervision/warnings/${warningId}`;

  before(async () => {
    t = await createTestApp({ demo: true });
    db = t.database.db;
    const { rows } = await sql<{
      id: string;
    }>`select id from accounts_orgs where code = 'mzj'`.execute(db);
    const orgId = Number(rows[0]!.id);
    await sql`update accounts_orgs set contact_phone = '13912345678' where id = ${orgId}`.execute(
      db,
    );
    const matter = { matterId: 'WZ-LADDER-1', orgId };
    const supervisedId = await insertMatter(db, { ...matter, receivedOn: '2026-09-30' });
    const events = await emitAndProcess(db, { ...matter, supervisedId }, [
      { org: 'mzj', kind: 'refused', at: new Date('2026-09-30T09:00:00+08:00') },
    ]);
    await db.transaction().execute((trx) => raiseViolations(trx, t.clock, events));
    const { rows: ws } = await sql<{ id: string }>`select id from supervision_warnings
      where supervised_id = ${supervisedId}`.execute(db);
    warningId = Number(ws[0]!.id);
    for (const user of ['jiancha', 'lingdao', 'minzheng', 'jiaoyu']) {
      cookies[user] = await signIn(t.app, user, password(user));
    }
  });
  after(() => t.close());

  const get = (user: string, path: string) =>
    t.app.inject({ url: path, headers: { cookie: cookies[user]! } });
  const post = async (user: string, action: string, fields: Record<string, string>) => {
    const session = await formSession(t.app, url(), cookies[user]!);
    return session.post(`${url()}/${action}`, fields);
  };
  const stage = async () => {
    const { rows } = await sql<{ stage: string; orderClockId: string | null }>`
      select stage, order_clock_id from supervision_warnings where id = ${warningId}`.execute(db);
    return rows[0]!;
  };

  it('shows the warning to supervisors, leaders and the org’s own officers only', async () => {
    const list = await get('minzheng', '/staff/supervision/warnings?rule=refused_without_reason');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /WZ-LADDER-1/);
    assert.match(list.body, /不予受理未说明理由或依据/);
    const other = await get('jiaoyu', '/staff/supervision/warnings');
    assert.equal(other.statusCode, 200);
    assert.doesNotMatch(other.body, /WZ-LADDER-1/);
    assert.equal((await get('jiaoyu', url())).statusCode, 403);
    const leader = await get('lingdao', url());
    assert.equal(leader.statusCode, 200);
    assert.doesNotMatch(leader.body, /\/step"/);
    const page = await get('jiancha', url());
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="\/staff\/supervision\/matters\/\d+"/);
    assert.match(page.body, /action="[^"]+\/step"/);
    // The org's officers find it on their console home.
    const home = await get('minzheng', '/staff');
    assert.match(home.body, /电子监察预警：不予受理未说明理由或依据（approval WZ-LADDER-1）/);
  });

  it('refuses steps by anyone but a supervisor, and bad input with the field named', async () => {
    for (const user of ['lingdao', 'minzheng', 'jiaoyu']) {
      const response = await post(user, 'step', { stage: 'notice', note: '请说明' });
      assert.equal(response.statusCode, 403, user);
    }
    const noNote = await post('jiancha', 'step', { stage: 'notice', note: '  ' });
    assert.equal(noNote.statusCode, 422);
    assert.match(noNote.body, /处置意见：请填写/);
    const badDays = await post('jiancha', 'step', { stage: 'order', note: '督办', days: '0' });
    assert.equal(badDays.statusCode, 422);
    assert.match(badDays.body, /督办期限：请填写 1 到 60 之间的整数工作日/);
    const badStage = await post('jiancha', 'step', { stage: 'rectification', note: 'x' });
    assert.equal(badStage.statusCode, 422);
    assert.match(badStage.body, /处置方式：请选择/);
    assert.equal((await stage()).stage, 'open');
  });

  it('skips forward to a red card, never back, then orders rectification by a date over 国庆', async () => {
    const red = await post('jiancha', 'step', { stage: 'red_card', note: '无理由不予受理' });
    assert.equal(red.statusCode, 303);
    assert.equal((await stage()).stage, 'red_card');
    const back = await post('jiancha', 'step', { stage: 'notice', note: '退回提示' });
    assert.equal(back.statusCode, 422);
    assert.match(back.body, /只能向前，不能退回/);
    assert.equal((await stage()).stage, 'red_card');
    // 5 working days from 09-30: 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13.
    const order = await post('jiancha', 'step', { stage: 'order', note: '限期整改', days: '' });
    assert.equal(order.statusCode, 303);
    const { orderClockId } = await stage();
    const { rows: clocks } = await sql<{ dueOn: string; state: string; purpose: string }>`
      select due_on::text as due_on, state, purpose from deadlines_clocks
      where id = ${orderClockId}`.execute(db);
    assert.deepEqual(clocks[0], { dueOn: '2026-10-13', state: 'running', purpose: 'order' });
    const page = await get('jiancha', url());
    assert.match(page.body, /2026-10-13/);
  });

  it('takes the rectification report from the org’s officer only, then the supervisor closes', async () => {
    assert.equal((await post('jiancha', 'rectification', { report: '已整改' })).statusCode, 403);
    assert.equal((await post('jiaoyu', 'rectification', { report: '已整改' })).statusCode, 403);
    const empty = await post('minzheng', 'rectification', { report: '' });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /整改情况：请填写整改措施和结果/);
    const report = await post('minzheng', 'rectification', { report: '已补正告知并重新受理' });
    assert.equal(report.statusCode, 303);
    assert.equal((await stage()).stage, 'rectification');
    const { rows: stopped } = await sql<{ state: string }>`select c.state from deadlines_clocks c
      join supervision_warnings w on w.order_clock_id = c.id where w.id = ${warningId}`.execute(db);
    assert.equal(stopped[0]!.state, 'stopped');
    const close = await post('jiancha', 'step', { stage: 'closed', note: '整改到位' });
    assert.equal(close.statusCode, 303);
    assert.equal((await stage()).stage, 'closed');
    const again = await post('jiancha', 'step', { stage: 'closed', note: '再次' });
    assert.equal(again.statusCode, 422);

    const { rows: actions } = await sql<{ stage: string; actorName: string; dueOn: string | null }>`
      select stage, actor_name, due_on::text as due_on from supervision_warning_actions
      where warning_id = ${warningId} order by id`.execute(db);
    assert.deepEqual(
      actions.map((a) => [a.stage, a.dueOn]),
      [
        ['open', null],
        ['red_card', null],
        ['order', '2026-10-13'],
        ['rectification', null],
        ['closed', null],
      ],
    );
    const { rows: audit } = await sql<{ action: string; actorName: string }>`
      select action, actor_name from audit_log
      where target_type = 'supervision_warning' and target_id = ${String(warningId)}
      order by id`.execute(db);
    assert.deepEqual(
      audit.map((a) => a.action),
      [
        'supervision.warnings.raise',
        'supervision.warning.red_card',
        'supervision.warning.order',
        'supervision.warning.rectification',
        'supervision.warning.closed',
      ],
    );
  });

  it('sends each step to the org by SMS through the outbox, delivered by the job', async () => {
    const { rows: pending } = await sql<{ body: string }>`select body from notification_messages
      where recipient = '13912345678' and status = 'pending' order by id`.execute(db);
    // Raised, red card, order, rectification, closed.
    assert.equal(pending.length, 5);
    assert.match(pending[2]!.body, /督办.*整改期限 2026-10-13/);
    const lines: string[] = [];
    const adapter = logDeliveryAdapter({ info: (details) => lines.push(JSON.stringify(details)) });
    await runJobOnce(db, t.clock, deliveryJob(adapter, 1000));
    const { rows: left } = await sql<{ n: string }>`select count(*) as n from notification_messages
      where status = 'pending'`.execute(db);
    assert.equal(Number(left[0]!.n), 0);
    assert.ok(lines.some((l) => l.includes('139****5678')));
    assert.ok(lines.every((l) => !l.includes('13912345678')));
  });
});
