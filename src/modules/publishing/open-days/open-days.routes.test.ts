import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import type { HealthTables } from '../health/health.tables.ts';

const fixtures = new URL('../../../platform/files/fixtures/', import.meta.url);
const jpeg = fs.readFileSync(new URL('scan.jpg', fixtures));

function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer }) {
  const boundary = '----open-day-boundary';
  const chunks: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    ),
  );
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat(chunks),
  };
}

describe('open-day records', () => {
  let t: TestApp;
  let dataDir: string;
  let gongkai: string;
  let db: Kysely<HealthTables>;
  let orgIds: Record<string, string>;
  before(async () => {
    dataDir = fs.mkdtempSync(path.join(process.env.SUNSHINE_TEST_TMP ?? os.tmpdir(), 'open-days-'));
    t = await createTestApp({ demo: true, env: { DATA_DIR: dataDir } });
    db = t.database.db as Kysely<HealthTables>;
    const orgs = await db
      .selectFrom('accountsOrgs')
      .select(['id', 'code'])
      .where('code', 'in', ['xzfb', 'jyj', 'mzj'])
      .execute();
    orgIds = Object.fromEntries(orgs.map((o) => [o.code, String(o.id)]));
    gongkai = await signIn(t.app, 'gongkai', 'Sunshine-gongkai-2026');
  });
  after(async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  let id: string;

  it('refuses bad input with Chinese messages naming each field', async () => {
    const form = await formSession(t.app, '/staff/publishing/open-days/new', gongkai);
    const bad = await form.post('/staff/publishing/open-days', {
      heldOn: '',
      place: '县政务服务中心广场',
      theme: '2026年“5·15政务公开日”',
      consultationsAnswered: '-3',
      materialsHandedOut: '1.5',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /“活动日期”为必填项，须为有效日期（年-月-日）/);
    assert.match(bad.body, /请至少选择一个“参与单位”/);
    assert.match(bad.body, /“解答咨询人次”须为不小于 0 的整数/);
    assert.match(bad.body, /“发放资料份数”须为不小于 0 的整数/);
    // What was typed is kept.
    assert.match(bad.body, /value="县政务服务中心广场"/);
  });

  it('records an event with several orgs, audited; edits it', async () => {
    const form = await formSession(t.app, '/staff/publishing/open-days/new', gongkai);
    const created = await t.app.inject({
      method: 'POST',
      url: '/staff/publishing/open-days',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([
        ['_csrf', form.token],
        ['heldOn', '2026-05-15'],
        ['place', '县政务服务中心广场'],
        ['theme', '2026年“5·15政务公开日”主题宣传活动'],
        ['orgIds', orgIds['xzfb']!],
        ['orgIds', orgIds['jyj']!],
        ['consultationsAnswered', '86'],
        ['materialsHandedOut', '1200'],
        ['summary', '现场解答群众咨询，发放政府信息公开指南。'],
      ]).toString(),
    });
    assert.equal(created.statusCode, 303);
    id = /open-days\/(\d+)\?saved=1$/.exec(String(created.headers.location))![1]!;
    const audit = await (
      t.database.db as Kysely<{ auditLog: { action: string; targetId: string } }>
    )
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', id)
      .where('action', 'like', 'publishing.open_day.%')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['publishing.open_day.create'],
    );
    const edit = await formSession(t.app, `/staff/publishing/open-days/${id}`, gongkai);
    const updated = await edit.post(`/staff/publishing/open-days/${id}`, {
      heldOn: '2026-05-15',
      place: '县人民广场',
      theme: '2026年“5·15政务公开日”主题宣传活动',
      orgIds: orgIds['jyj']!,
      consultationsAnswered: '90',
      materialsHandedOut: '1200',
      summary: '',
    });
    assert.equal(updated.statusCode, 303);
    const row = await db
      .selectFrom('publishingOpenDays')
      .select(['place', 'consultationsAnswered'])
      .where('id', '=', Number(id))
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { place: '县人民广场', consultationsAnswered: 90 });
    const list = await t.app.inject({
      url: '/staff/publishing/open-days',
      headers: { cookie: gongkai },
    });
    assert.match(list.body, /县人民广场/);
  });

  it('takes a JPEG photo, refuses a disguised one, serves it on the public page', async () => {
    const form = await formSession(t.app, `/staff/publishing/open-days/${id}`, gongkai);
    const send = (file: { name: string; bytes: Buffer }) => {
      const body = multipart({ caption: '工作人员解答群众咨询' }, file);
      return t.app.inject({
        method: 'POST',
        url: `/staff/publishing/open-days/${id}/photos?_csrf=${encodeURIComponent(form.token)}`,
        headers: { cookie: form.cookie, 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const disguised = await send({ name: 'photo.jpg', bytes: Buffer.from('not a picture') });
    assert.equal(disguised.statusCode, 422);
    assert.match(disguised.body, /文件名是 .jpg，内容却不是 JPEG/);
    const ok = await send({ name: 'photo.jpg', bytes: jpeg });
    assert.equal(ok.statusCode, 303);
    const photo = await db
      .selectFrom('publishingOpenDayPhotos')
      .select(['id', 'caption'])
      .where('openDayId', '=', Number(id))
      .executeTakeFirstOrThrow();
    assert.equal(photo.caption, '工作人员解答群众咨询');

    const page = await t.app.inject({ url: '/openness/open-days' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h2 id="year-2026">2026 年<\/h2>/);
    assert.match(page.body, /2026年“5·15政务公开日”主题宣传活动/);
    assert.match(page.body, /解答咨询 90 人次，发放资料 1200 份/);
    assert.match(
      page.body,
      new RegExp(`<img src="/openness/open-days/photos/${photo.id}" alt="工作人员解答群众咨询"`),
    );
    // No staff names or accounts on the public page.
    assert.doesNotMatch(page.body, /政务公开办|gongkai/);
    const image = await t.app.inject({ url: `/openness/open-days/photos/${photo.id}` });
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/jpeg');
    assert.equal(image.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(image.rawPayload, jpeg);
    assert.equal(
      (await t.app.inject({ url: '/openness/open-days/photos/999999' })).statusCode,
      404,
    );

    const removed = await form.post(
      `/staff/publishing/open-days/${id}/photos/${photo.id}/delete`,
      {},
    );
    assert.equal(removed.statusCode, 303);
    assert.equal(
      (await t.app.inject({ url: `/openness/open-days/photos/${photo.id}` })).statusCode,
      404,
    );
  });

  it('a department officer and a window clerk may not record events', async () => {
    for (const [user, password] of [
      ['minzheng', 'Sunshine-minzheng-2026'],
      ['chuangkou', 'Sunshine-chuangkou-2026'],
    ]) {
      const cookie = await signIn(t.app, user!, password!);
      const page = await t.app.inject({
        url: '/staff/publishing/open-days/new',
        headers: { cookie },
      });
      assert.equal(page.statusCode, 403);
      const edit = await t.app.inject({
        url: `/staff/publishing/open-days/${id}`,
        headers: { cookie },
      });
      assert.equal(edit.statusCode, 403);
    }
  });
});
