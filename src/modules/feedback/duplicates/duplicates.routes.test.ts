import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { submitAppeal } from '../submission.service.ts';

let t: TestApp;
let cookie: string;
const numbers: string[] = [];
const url = '/staff/feedback/duplicates';

describe('the duplicates page', () => {
  before(async () => {
    t = await createTestApp({ demo: true });
    const db = t.database.db;
    for (const [subject, content] of [
      ['井盖缺失', '清原镇人民路与和平街交叉口的井盖缺失，夜间十分危险。'],
      ['又见井盖缺失', '人民路口还是没有井盖，已经有人摔倒了，请尽快处理！'],
      ['已办结的诉求', '这是一条已经办结的诉求，用来检验合并的限制。'],
    ] as const) {
      const receipt = await submitAppeal(
        db,
        t.clock,
        systemContext('dup-page-test'),
        { kind: 'complaint', subject, content, phone: '13811112222' },
        { channel: 'phone' },
      );
      numbers.push(receipt.trackingNumber);
    }
    await sql`update feedback_appeals set state = 'closed', closed_at = now(), closed_on = '2026-09-30',
      closed_outcome = 'resolved' where tracking_number = ${numbers[2]}`.execute(db);
    cookie = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
  });
  after(() => t.close());

  it('lists the pairs with links to both appeals and why they look alike', async () => {
    const page = await t.app.inject({ url, headers: { cookie } });
    assert.equal(page.statusCode, 200);
    for (const number of numbers.slice(0, 2)) {
      assert.ok(page.body.includes(`href="/staff/feedback/appeals/${number}"`), number);
    }
    assert.ok(page.body.includes('同一提交人'));
    assert.ok(page.body.includes('<caption>'));
    const anonymous = await t.app.inject({ url });
    assert.notEqual(anonymous.statusCode, 200);
  });

  it('shows 422 and 409 errors, and merges', async () => {
    const [first, second, closed] = numbers as [string, string, string];
    const form = await formSession(t.app, url, cookie);
    const self = await form.post(`${url}/merge`, { number: second, into: second });
    assert.equal(self.statusCode, 422);
    assert.ok(self.body.includes('不能将诉求合并到其自身'));
    const empty = await form.post(`${url}/merge`, { number: second, into: '' });
    assert.equal(empty.statusCode, 422);
    const intoClosed = await form.post(`${url}/merge`, { number: second, into: closed });
    assert.equal(intoClosed.statusCode, 409);
    assert.ok(intoClosed.body.includes('error-summary'));
    const merged = await form.post(`${url}/merge`, {
      number: second,
      into: first,
      reason: '同一井盖',
    });
    assert.equal(merged.statusCode, 303);
    const after = await t.app.inject({ url: String(merged.headers.location), headers: { cookie } });
    assert.ok(after.body.includes(`已将诉求 ${second} 合并至 ${first}`));
    assert.equal(after.body.includes(`href="/staff/feedback/appeals/${second}"`), false);
  });
});
