import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { formatOf, parseStreamUrl } from './cameras.model.ts';

describe('stream URLs', () => {
  it('take http(s) and rtsp only, and name their format', () => {
    assert.equal(parseStreamUrl('ftp://x.example/a.mp4'), null);
    assert.equal(parseStreamUrl('javascript:alert(1)'), null);
    assert.equal(parseStreamUrl('/relative.mp4'), null);
    const format = (u: string) => formatOf(parseStreamUrl(u)!);
    assert.equal(format('https://v.example/a/B.MP4?x=1'), 'mp4');
    assert.equal(format('http://v.example/a.webm'), 'webm');
    assert.equal(format('https://v.example/live/index.m3u8'), 'hls');
    assert.equal(format('rtsp://v.example:554/stream1'), 'rtsp');
    assert.equal(format('https://v.example/player?id=3'), 'other');
  });
});

describe('/staff/supervision/video', () => {
  let t: TestApp;
  let supervisor: string;
  let leader: string;
  let clerk: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    supervisor = await signIn(t.app, 'jiancha', 'Sunshine-jiancha-2026');
    leader = await signIn(t.app, 'lingdao', 'Sunshine-lingdao-2026');
    clerk = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
  });
  after(() => t.close());

  const open = (cookie: string) =>
    t.app.inject({ url: '/staff/supervision/video', headers: { cookie } });

  it('plays the demo mp4 in a <video>, links the rtsp stream, opens media-src to the streams only', async () => {
    const page = await open(leader);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /县政务服务中心的摄像头/);
    assert.match(
      page.body,
      /<video controls muted playsinline preload="none" src="https:\/\/video\.example\.invalid\/zwfw\/hall-overview\.mp4">/,
    );
    assert.doesNotMatch(page.body, /<video[^>]*src="rtsp:/);
    assert.match(page.body, /<a href="rtsp:\/\/video\.example\.invalid\/zwfw\/self-service"/);
    assert.match(page.body, /不录制、不保存任何视频/);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /media-src https:\/\/video\.example\.invalid(;|$)/);
    assert.match(csp, /default-src 'none'/);
    // A leader watches but neither adds nor removes.
    assert.doesNotMatch(page.body, /添加摄像头/);
    assert.doesNotMatch(page.body, /\/remove"/);
  });

  it('is closed to a window clerk', async () => {
    assert.equal((await open(clerk)).statusCode, 403);
    const form = await formSession(t.app, '/staff', clerk);
    const add = await form.post('/staff/supervision/video', {
      center: 'zwfw',
      name: 'x',
      streamUrl: 'https://v.example/x.mp4',
    });
    assert.equal(add.statusCode, 403);
  });

  it('refuses a bad URL with 422 naming the field, the input kept', async () => {
    const form = await formSession(t.app, '/staff/supervision/video', supervisor);
    const response = await form.post('/staff/supervision/video', {
      center: 'zwfw',
      name: '二楼大厅',
      streamUrl: 'ftp://video.example.invalid/a.mp4',
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /视频流地址：请填写以 http:\/\/、https:\/\/ 或 rtsp:\/\/ 开头/);
    assert.match(response.body, /value="ftp:\/\/video\.example\.invalid\/a\.mp4"/);
    const withPassword = await form.post('/staff/supervision/video', {
      center: 'zwfw',
      name: '',
      streamUrl: 'rtsp://admin:secret@video.example.invalid/1',
    });
    assert.equal(withPassword.statusCode, 422);
    assert.match(withPassword.body, /摄像头名称：请填写/);
    assert.match(withPassword.body, /请勿在地址中包含用户名或密码/);
  });

  it('adds and removes a camera, each audited; a leader may not remove', async () => {
    const form = await formSession(t.app, '/staff/supervision/video', supervisor);
    const added = await form.post('/staff/supervision/video', {
      center: 'qyz-bmfw',
      name: '清原镇大厅',
      streamUrl: 'https://cams.example.invalid/qyz/hall.webm',
    });
    assert.equal(added.statusCode, 303);
    const page = await open(supervisor);
    assert.match(page.body, /清原镇便民服务中心的摄像头/);
    assert.match(page.body, /<video[^>]*src="https:\/\/cams\.example\.invalid\/qyz\/hall\.webm"/);
    assert.match(
      String(page.headers['content-security-policy']),
      /media-src https:\/\/video\.example\.invalid https:\/\/cams\.example\.invalid/,
    );
    const { rows } = await sql<{ id: string; format: string }>`
      select id, format from supervision_cameras where name = '清原镇大厅'`.execute(t.database.db);
    assert.equal(rows[0]?.format, 'webm');
    const id = rows[0]!.id;

    const leaderForm = await formSession(t.app, '/staff/supervision/video', leader);
    assert.equal(
      (await leaderForm.post(`/staff/supervision/video/${id}/remove`, {})).statusCode,
      403,
    );

    const removed = await form.post(`/staff/supervision/video/${id}/remove`, {});
    assert.equal(removed.statusCode, 303);
    assert.doesNotMatch((await open(supervisor)).body, /清原镇大厅/);
    const audit = await sql<{ action: string }>`
      select action from audit_log where target_type = 'supervision_camera' and target_id = ${id}
      order by id`.execute(t.database.db);
    assert.deepEqual(
      audit.rows.map((r) => r.action),
      ['supervision.camera.add', 'supervision.camera.remove'],
    );
    assert.equal((await form.post(`/staff/supervision/video/${id}/remove`, {})).statusCode, 404);
  });
});
