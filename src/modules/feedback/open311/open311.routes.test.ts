import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { systemContext } from '../../../platform/http/index.ts';
import type { AppealInput } from '../feedback.schemas.ts';
import { submitAppeal } from '../submission.service.ts';

let t: TestApp;
let db: Kysely<unknown>;
const ctx = systemContext('open311-test');
const phone = '13912345678';
const email = 'zhang.san@example.com';
let shown: string;
let hidden: string;
let closed: string;

async function submit(input: Record<string, unknown>, channel: 'web' | 'phone' = 'web') {
  const receipt = await submitAppeal(
    db,
    t.clock,
    ctx,
    { kind: 'complaint', subject: '路灯不亮', name: '张三', phone, ...input } as AppealInput,
    { channel },
  );
  return receipt.trackingNumber;
}

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

function post(payload: Record<string, string> | string, contentType: string, ip = '10.1.1.1') {
  return t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    headers: { 'content-type': contentType },
    payload: typeof payload === 'string' ? payload : new URLSearchParams(payload).toString(),
    remoteAddress: ip,
  });
}

describe('Open311 GeoReport v2', () => {
  before(async () => {
    t = await createTestApp();
    db = t.database.db;
    const county = await createTestOrg(db, 'o311-county');
    const roads = await createTestOrg(db, 'o311-roads', county);
    await sql`insert into feedback_routing_rules (priority, kind, keyword, org_id, created_at, updated_at)
      values (10, 'complaint', '路灯', ${roads}, now(), now())`.execute(db);
    shown = await submit({
      content: `幸福小区门口的路灯坏了一周，我是张三，电话 ${phone}，邮箱 ${email}，另一位邻居 13700001111。`,
      place: '清原镇幸福小区',
      latitude: 42.1,
      longitude: 124.9,
      publicAllowed: true,
      email,
    });
    hidden = await submit({
      kind: 'consultation',
      subject: '社保咨询',
      content: '请问灵活就业人员如何缴纳社保？',
      place: '南口前镇',
      latitude: 42.2,
      longitude: 125.0,
      publicAllowed: false,
    });
    closed = await submit({ content: '另一盏路灯也坏了，请尽快修理。' }, 'phone');
    await sql`update feedback_appeals set state = 'closed', closed_at = now(), closed_on = '2026-09-30',
      closed_outcome = 'resolved' where tracking_number = ${closed}`.execute(db);
    const merged = await submit({ content: '重复提交：路灯坏了，请修理。' }, 'phone');
    await sql`update feedback_appeals set state = 'merged',
      merged_into_id = (select id from feedback_appeals where tracking_number = ${shown})
      where tracking_number = ${merged}`.execute(db);
  });
  after(() => t.close());

  it('lists one service per appeal kind', async () => {
    const response = await get('/open311/v2/services.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /application\/json/);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const services = response.json() as Record<string, unknown>[];
    assert.deepEqual(
      services.map((s) => s.service_code),
      ['consultation', 'complaint', 'suggestion', 'help', 'report'],
    );
    const complaint = services[1]!;
    assert.equal(complaint.service_name, '投诉');
    assert.equal(complaint.metadata, false);
    assert.equal(complaint.type, 'realtime');
    assert.equal(complaint.group, '民意诉求');
    assert.equal(typeof complaint.description, 'string');
    assert.equal(typeof complaint.keywords, 'string');
  });

  it('lists requests with the GeoReport fields and no personal data', async () => {
    const response = await get('/open311/v2/requests.json');
    assert.equal(response.statusCode, 200);
    const requests = response.json() as Record<string, unknown>[];
    // Merged appeals are not listed; the closed one is.
    assert.deepEqual(
      requests.map((r) => r.service_request_id).sort(),
      [shown, hidden, closed].sort(),
    );
    for (const text of [phone, email, '张三', '13700001111']) {
      assert.equal(response.body.includes(text), false, `${text} leaked`);
    }
    const first = requests.find((r) => r.service_request_id === shown)!;
    assert.equal(first.status, 'open');
    assert.equal(first.service_code, 'complaint');
    assert.equal(first.service_name, '投诉');
    assert.equal(first.status_notes, '待签收');
    assert.equal(first.agency_responsible, '测试机构 o311-roads');
    assert.match(String(first.description), /幸福小区门口的路灯坏了一周/);
    assert.match(String(first.description), /137\*{4}1111/);
    assert.equal(first.address, '清原镇幸福小区');
    assert.equal(first.lat, 42.1);
    assert.equal(first.long, 124.9);
    assert.equal(first.requested_datetime, '2026-09-30T09:30:00+08:00');
    assert.match(String(first.updated_datetime), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    assert.match(String(first.expected_datetime), /^\d{4}-\d{2}-\d{2}T23:59:59\+08:00$/);
    for (const key of ['address_id', 'zipcode', 'media_url']) assert.equal(first[key], null);
    assert.equal(typeof first.service_notice, 'string');
    const secret = requests.find((r) => r.service_request_id === hidden)!;
    assert.equal(secret.description, '');
    assert.equal(secret.address, '');
    assert.equal(secret.lat, null);
    assert.equal(secret.long, null);
    assert.equal(secret.service_name, '咨询');
    const done = requests.find((r) => r.service_request_id === closed)!;
    assert.equal(done.status, 'closed');
  });

  it('filters by id, service code, status and dates, and refuses bad filters with 400', async () => {
    const ids = (url: string) =>
      get(url).then((r) =>
        (r.json() as { service_request_id: string }[]).map((x) => x.service_request_id),
      );
    // service_request_id overrides every other filter (GeoReport v2); the newest first.
    assert.deepEqual(
      await ids(`/open311/v2/requests.json?service_request_id=${hidden},${closed}&status=open`),
      [closed, hidden],
    );
    assert.deepEqual(await ids('/open311/v2/requests.json?service_code=consultation'), [hidden]);
    assert.deepEqual(await ids('/open311/v2/requests.json?status=closed'), [closed]);
    assert.equal((await ids('/open311/v2/requests.json?status=open')).includes(closed), false);
    assert.deepEqual(
      await ids('/open311/v2/requests.json?start_date=2026-10-01&end_date=2026-10-31'),
      [],
    );
    assert.deepEqual(
      (
        await ids(
          '/open311/v2/requests.json?start_date=2026-09-30&end_date=2026-09-30T23:00:00%2B08:00',
        )
      ).length,
      3,
    );
    for (const [query, field] of [
      ['start_date=yesterday', 'start_date'],
      ['end_date=2026-13-45', 'end_date'],
      ['status=pending', 'status'],
      ['service_code=potholes', 'service_code'],
      ['service_request_id=1;drop', 'service_request_id'],
    ]) {
      const response = await get(`/open311/v2/requests.json?${query}`);
      assert.equal(response.statusCode, 400, query);
      const [error] = response.json() as { code: number; description: string }[];
      assert.equal(error!.code, 400);
      assert.ok(error!.description.startsWith(`${field}: `), error!.description);
    }
  });

  it('lists the last 90 days by default', async () => {
    const old = await submitAppeal(
      db,
      t.clock,
      ctx,
      { kind: 'help', subject: '旧的求助', content: '三个多月前的一条求助诉求。', phone },
      { channel: 'letter', receivedAt: new Date('2026-06-01T10:00:00+08:00') },
    );
    const ids = async (url: string) =>
      ((await get(url)).json() as { service_request_id: string }[]).map(
        (r) => r.service_request_id,
      );
    assert.equal((await ids('/open311/v2/requests.json')).includes(old.trackingNumber), false);
    assert.deepEqual(
      await ids('/open311/v2/requests.json?start_date=2026-05-01&end_date=2026-06-30'),
      [old.trackingNumber],
    );
  });

  it('shows one request, and answers 404 GeoReport errors for unknown ids and XML', async () => {
    const response = await get(`/open311/v2/requests/${shown}.json`);
    assert.equal(response.statusCode, 200);
    const body = response.json() as { service_request_id: string }[];
    assert.equal(body.length, 1);
    assert.equal(body[0]!.service_request_id, shown);
    for (const url of [
      '/open311/v2/requests/FK20260930000000.json',
      '/open311/v2/requests/nonsense.json',
      `/open311/v2/requests/${shown}.xml`,
      '/open311/v2/services.xml',
      '/open311/v2/requests.xml',
    ]) {
      const missing = await get(url);
      assert.equal(missing.statusCode, 404, url);
      const [error] = missing.json() as { code: number; description: string }[];
      assert.equal(error!.code, 404);
      assert.equal(typeof error!.description, 'string');
    }
  });

  it('creates an appeal from a form POST and tells the submitter the access code', async () => {
    const response = await post(
      {
        service_code: 'suggestion',
        description: '建议在幸福小区门口增设公交站，方便老人出行，目前最近的站点需要步行二十分钟。',
        address_string: '清原镇幸福小区',
        lat: '42.1',
        long: '124.9',
        email: 'li.si@example.com',
        first_name: '四',
        last_name: '李',
        jurisdiction_id: 'qingyuan',
        api_key: 'whatever',
      },
      'application/x-www-form-urlencoded',
    );
    assert.equal(response.statusCode, 201, response.body);
    const [created] = response.json() as Record<string, unknown>[];
    assert.match(String(created!.service_request_id), /^FK\d{14}$/);
    assert.match(String(created!.service_notice), /查询码 \S+/);
    assert.equal(created!.account_id, null);
    assert.equal(created!.token, null);
    const { rows } = await sql<{
      channel: string;
      subject: string;
      submitterName: string;
      place: string;
    }>`
      select channel, subject, submitter_name, place from feedback_appeals
      where tracking_number = ${created!.service_request_id}`.execute(db);
    assert.equal(rows[0]!.channel, 'open311');
    assert.ok(rows[0]!.subject.startsWith('建议在幸福小区门口增设公交站'));
    assert.equal([...rows[0]!.subject].length, 30);
    assert.equal(rows[0]!.submitterName, '李四');
    assert.equal(rows[0]!.place, '清原镇幸福小区');
  });

  it('accepts JSON too, and refuses bad input with 400 errors naming the field', async () => {
    const ok = await post(
      JSON.stringify({
        service_code: 'help',
        description: '家中老人行动不便，请求社区上门帮助。',
        phone: '13600002222',
      }),
      'application/json',
      '10.1.1.2',
    );
    assert.equal(ok.statusCode, 201, ok.body);
    const bad = await post(
      { service_code: 'complaint', description: '短', phone: '13600002222' },
      'application/x-www-form-urlencoded',
      '10.1.1.3',
    );
    assert.equal(bad.statusCode, 400);
    const errors = bad.json() as { code: number; description: string }[];
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.code, 400);
    assert.match(errors[0]!.description, /^description: 内容应为 5 至 3000 个字 \/ The content/);
    const unknown = await post(
      { service_code: 'potholes', description: '路面有一个大坑需要修补。', email: 'a@b.cn' },
      'application/x-www-form-urlencoded',
      '10.1.1.4',
    );
    assert.equal(unknown.statusCode, 400);
    assert.match((unknown.json() as { description: string }[])[0]!.description, /^service_code: /);
    const noContact = await post(
      { service_code: 'help', description: '家中老人行动不便，请求帮助。' },
      'application/x-www-form-urlencoded',
      '10.1.1.5',
    );
    assert.equal(noContact.statusCode, 400);
    assert.match((noContact.json() as { description: string }[])[0]!.description, /^phone: /);
    const malformed = await post('{"service_code": ', 'application/json', '10.1.1.6');
    assert.equal(malformed.statusCode, 400);
    assert.equal((malformed.json() as { code: number }[])[0]!.code, 400);
    const badLat = await post(
      {
        service_code: 'help',
        description: '家中老人行动不便，请求帮助。',
        phone: '13600002222',
        lat: 'north',
      },
      'application/x-www-form-urlencoded',
      '10.1.1.7',
    );
    assert.equal(badLat.statusCode, 400);
    assert.match((badLat.json() as { description: string }[])[0]!.description, /^lat: /);
  });

  it('answers 429 GeoReport errors past the rate limit', async () => {
    let last = 0;
    for (let i = 0; i < 11; i++) {
      const response = await post(
        {
          service_code: 'help',
          description: `第 ${i} 次求助：家中老人行动不便。`,
          email: `u${i}@example.com`,
        },
        'application/x-www-form-urlencoded',
        '10.9.9.9',
      );
      last = response.statusCode;
      if (last === 429) {
        assert.equal((response.json() as { code: number }[])[0]!.code, 429);
        break;
      }
    }
    assert.equal(last, 429);
  });
});
