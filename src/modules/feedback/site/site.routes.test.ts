import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../../test/factories.ts';
import { createTestApp, formSession, type TestApp } from '../../../../test/test-app.ts';
import { systemContext } from '../../../platform/http/index.ts';
import { mergeAppeal } from '../duplicates/merge.service.ts';
import { closeAsOrg, replyAsOrg, replyDirectly } from '../ratings/ratings-fixtures.test-support.ts';

let t: TestApp;
let db: Kysely<unknown>;

const good = {
  kind: 'complaint',
  subject: '路灯不亮',
  content: '幸福小区门口的路灯已经坏了一周，晚上出行不便。',
  place: '清原镇幸福小区',
  name: '张三',
  phone: '13800000000',
};

const fixtures = path.resolve(import.meta.dirname, '../../../platform/files/fixtures');
const jpeg = fs.readFileSync(path.join(fixtures, 'scan.jpg'));
const pdf = fs.readFileSync(path.join(fixtures, 'scan.pdf'));

/** The form as a browser sends the page: multipart, an `images` part per chosen file. */
function multipartOf(fields: Record<string, string>, images: { name: string; bytes: Buffer }[]) {
  const boundary = '----sunshine-appeal-boundary';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const image of images) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="images"; filename="${image.name}"\r\n` +
          `Content-Type: image/jpeg\r\n\r\n`,
      ),
      image.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat(chunks),
  };
}

async function submit(fields: Record<string, string>) {
  const session = await formSession(t.app, '/interaction/appeals/new');
  return session.post('/interaction/appeals/new', fields);
}

function receiptOf(body: string) {
  const number = /id="tracking-number">\s*([^<\s]+)/.exec(body)?.[1];
  const code = /id="access-code">\s*([^<\s]+)/.exec(body)?.[1];
  assert.ok(number && code, 'receipt shows number and code');
  return { number, code };
}

async function track(number: string, accessCode: string) {
  const session = await formSession(t.app, '/interaction/track');
  return session.post('/interaction/track', { number, accessCode });
}

const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!
      .n,
  );

describe('政民互动 public pages', () => {
  before(async () => {
    t = await createTestApp();
    db = t.database.db as Kysely<unknown>;
    const county = await createTestOrg(db, 'site-county');
    const roads = await createTestOrg(db, 'site-roads', county);
    await sql`insert into feedback_routing_rules (priority, keyword, org_id, created_at, updated_at)
      values (10, '路灯', ${roads}, now(), now())`.execute(db);
    await sql`update feedback_settings set data = '{"perAddressPerHour": 1000, "perContactPerDay": 1000}'::jsonb`.execute(
      db,
    );
  });
  after(() => t.close());

  it('shows the landing with the ways in and the figures link', async () => {
    const page = await t.app.inject('/interaction');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>政民互动<\/h1>/);
    assert.match(page.body, /href="\/interaction\/appeals\/new"/);
    assert.match(page.body, /href="\/interaction\/track"/);
    assert.match(page.body, /href="\/interaction\/figures"/);
  });

  it('takes an appeal without JavaScript and shows the tracking number, access code and due dates', async () => {
    const form = await t.app.inject('/interaction/appeals/new');
    assert.match(form.body, /enctype="multipart\/form-data"/);
    assert.match(form.body, /<button type="submit" class="button">提交诉求<\/button>/);
    assert.match(
      form.body,
      /<input type="checkbox" id="field-publicAllowed" name="publicAllowed" value="on"/,
    );
    assert.doesNotMatch(form.body, /name="publicAllowed" value="on" checked/);
    assert.match(form.body, /<option value="site-roads">/);
    const response = await submit(good);
    assert.equal(response.statusCode, 200, response.body);
    const { number, code } = receiptOf(response.body);
    assert.match(number, /^FK20260930\d{6}$/);
    assert.match(code, /^[A-Z2-9]{8}$/);
    assert.match(response.body, /请妥善保存查询码/);
    // 5 working days after Wednesday 30 September: 8, 9, 10 (调休), 12, 13 October.
    assert.match(response.body, /2026-10-13/);
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  it('names the wrong field in Chinese and keeps what was typed (422)', async () => {
    const response = await submit({ ...good, subject: 'x', phone: '', email: '' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /标题应为 2 至 100 个字/);
    assert.match(response.body, /请至少填写联系电话或电子邮箱中的一项/);
    assert.match(response.body, /href="#field-subject"/);
    assert.match(response.body, /幸福小区门口的路灯已经坏了一周/);
  });

  it('keeps images with the appeal and refuses a file that is not an image', async () => {
    const session = await formSession(t.app, '/interaction/appeals/new');
    const post = (images: { name: string; bytes: Buffer }[]) => {
      const body = multipartOf(good, images);
      return t.app.inject({
        method: 'POST',
        url: `/interaction/appeals/new?_csrf=${encodeURIComponent(session.token)}`,
        headers: { cookie: session.cookie, 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const appealsBefore = await count('feedback_appeals');
    const refused = await post([{ name: 'photo.jpg', bytes: pdf }]);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /只接受 JPEG 或 PNG 格式的图片/);
    assert.match(refused.body, /幸福小区门口的路灯已经坏了一周/);
    assert.equal(await count('feedback_appeals'), appealsBefore);
    const accepted = await post([{ name: 'lamp.jpg', bytes: jpeg }]);
    assert.equal(accepted.statusCode, 200, accepted.body);
    const { number } = receiptOf(accepted.body);
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from feedback_attachments f join feedback_appeals a on a.id = f.appeal_id
      where a.tracking_number = ${number}`.execute(db);
    assert.equal(Number(rows[0]!.n), 1);
    const tooMany = await post(
      Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.jpg`, bytes: jpeg })),
    );
    assert.equal(tooMany.statusCode, 422);
    assert.match(tooMany.body, /图片最多 5 张/);
  });

  it('limits submissions per client address with the 429 message', async () => {
    await sql`update feedback_settings set data = '{"perAddressPerHour": 1, "perContactPerDay": 1000}'::jsonb`.execute(
      db,
    );
    try {
      const session = await formSession(t.app, '/interaction/appeals/new');
      const post = (phone: string) =>
        t.app.inject({
          method: 'POST',
          url: '/interaction/appeals/new',
          remoteAddress: '10.9.9.9',
          headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ _csrf: session.token, ...good, phone }).toString(),
        });
      assert.equal((await post('13900000001')).statusCode, 200);
      const limited = await post('13900000002');
      assert.equal(limited.statusCode, 429);
      assert.match(limited.body, /提交过于频繁，请稍后再试/);
    } finally {
      await sql`update feedback_settings set data = '{"perAddressPerHour": 1000, "perContactPerDay": 1000}'::jsonb`.execute(
        db,
      );
    }
  });

  it('tracks with the access code only, and lets only its holder rate the reply', async () => {
    const { number, code } = receiptOf((await submit(good)).body);
    const wrong = await track(number, 'ABCDEFGH');
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.body, /诉求编号或查询码不正确/);
    const before = await track(number, code.toLowerCase());
    assert.equal(before.statusCode, 200);
    assert.match(before.body, /待签收/);
    assert.doesNotMatch(before.body, /提交评价/);

    await replyAsOrg(db, number, { privateText: '张三您好，路灯已于今日修复。' }, '2026-09-30');
    const replied = await track(number, code);
    assert.match(replied.body, /张三您好，路灯已于今日修复。/);
    for (const label of ['非常满意', '满意', '基本满意', '不满意', '非常不满意']) {
      assert.match(replied.body, new RegExp(`<label for="field-level[-\\d]*">${label}</label>`));
    }
    assert.match(replied.body, /提交评价/);
    // The access code never appears in a URL: the forms carry it in their bodies.
    assert.doesNotMatch(replied.body, new RegExp(`action="[^"]*${code}`));

    const session = await formSession(t.app, '/interaction/track');
    const forged = await session.post('/interaction/track/rating', {
      number,
      accessCode: 'WRONGCOD',
      level: 'very_satisfied',
    });
    assert.equal(forged.statusCode, 404);
    assert.equal(await count('feedback_ratings'), 0);
    const missing = await session.post('/interaction/track/rating', { number, accessCode: code });
    assert.equal(missing.statusCode, 422);
    assert.match(missing.body, /请选择评价等级/);
    const rated = await session.post('/interaction/track/rating', {
      number,
      accessCode: code,
      level: 'dissatisfied',
      comment: '修得太慢',
    });
    assert.equal(rated.statusCode, 200, rated.body);
    assert.match(rated.body, /您的不满意评价已转承办单位核实整改/);
    assert.doesNotMatch(rated.body, /提交评价/);
    assert.equal(await count('feedback_rectifications'), 1);
  });

  it('reopens a closed appeal from the status page within the window', async () => {
    const { number, code } = receiptOf((await submit(good)).body);
    await replyAsOrg(db, number, { privateText: '已处理' }, '2026-09-30');
    await closeAsOrg(db, number, '2026-09-30');
    const page = await track(number, code);
    assert.match(page.body, /申请重新办理/);
    const session = await formSession(t.app, '/interaction/track');
    const short = await session.post('/interaction/track/reopen', {
      number,
      accessCode: code,
      reason: '没',
    });
    assert.equal(short.statusCode, 422);
    assert.match(short.body, /原因应为 5 至 1000 个字/);
    const reopened = await session.post('/interaction/track/reopen', {
      number,
      accessCode: code,
      reason: '路灯又坏了，请重新处理',
    });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.match(reopened.body, /已重新办理/);
    assert.match(reopened.body, /办理中/);
  });

  it('publishes only allowed replies, never the phone number typed into them', async () => {
    const secret = {
      ...good,
      subject: '噪音扰民',
      content: '楼下商铺夜间噪音，我的电话13912345678，身份证210423199001011234。',
      publicAllowed: 'on',
      orgCode: 'site-roads',
    };
    const allowed = receiptOf((await submit(secret)).body);
    await replyAsOrg(
      db,
      allowed.number,
      {
        privateText: '已联系您',
        publicText: '已责令整改，可拨打13912345678回访。',
      },
      '2026-09-30',
    );
    const hidden = receiptOf((await submit({ ...good, subject: '不公开的诉求' })).body);
    // Written straight into the tables: the page itself must check what the submitter allowed.
    await replyDirectly(db, hidden.number, { privateText: '已处理', publicText: '已处理' });

    const list = await t.app.inject('/interaction/replies');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /噪音扰民/);
    assert.doesNotMatch(list.body, /不公开的诉求/);
    const detail = await t.app.inject(`/interaction/replies/${allowed.number}`);
    assert.equal(detail.statusCode, 200);
    assert.match(detail.body, /已责令整改/);
    assert.match(detail.body, /139\*\*\*\*5678/);
    for (const page of [list.body, detail.body, (await t.app.inject('/interaction')).body]) {
      assert.doesNotMatch(page, /13912345678|13800000000|210423199001011234|张三|清原镇幸福小区/);
    }
    assert.equal((await t.app.inject(`/interaction/replies/${hidden.number}`)).statusCode, 404);
  });
  it('tells the submitter of a merged appeal where it went and how that one goes', async () => {
    const first = receiptOf((await submit(good)).body);
    const second = receiptOf((await submit({ ...good, publicAllowed: 'on' })).body);
    await mergeAppeal(db, t.clock, systemContext('test'), first.number, {
      into: second.number,
      reason: '同一路灯',
    });
    await replyAsOrg(
      db,
      second.number,
      { privateText: '给第二位诉求人的答复', publicText: '路灯已全部修复。' },
      '2026-09-30',
    );
    const page = await track(first.number, first.code);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /已合并/);
    assert.match(
      page.body,
      new RegExp(`已合并办理.*${second.number}|${second.number}.*已合并办理`),
    );
    assert.match(page.body, /路灯已全部修复。/);
    assert.doesNotMatch(page.body, /给第二位诉求人的答复/);
  });
  it('speaks English with the lang=en cookie', async () => {
    const form = await t.app.inject({
      url: '/interaction/appeals/new',
      headers: { cookie: 'lang=en' },
    });
    assert.match(form.body, /<h1>Send an appeal<\/h1>/);
    assert.match(form.body, /personal data never are/);
    const landing = await t.app.inject({ url: '/interaction', headers: { cookie: 'lang=en' } });
    assert.match(landing.body, /<h1>Have your say<\/h1>/);
    assert.doesNotMatch(landing.body + form.body, /feedbackSite\./);
  });
});
