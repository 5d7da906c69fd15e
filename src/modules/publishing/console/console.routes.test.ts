import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { catalogInfoOf } from '../catalog/catalog.queries.ts';
import { findChannelByCode, findItem, listItemEvents } from '../publishing.queries.ts';
import {
  consoleApp,
  draftAs,
  post,
  stateOf,
  step,
  type ConsoleTest,
} from './console.test-support.ts';

const news = {
  title: '民政局开展冬季救助工作',
  summary: '全县开展冬季困难群众救助。',
  bodyHtml:
    '<p onclick="alert(1)">救助<script>alert(1)</script>工作</p><a href="javascript:x()">链接</a>',
  formedOn: '2026-09-28',
};

describe('the publishing console', () => {
  const users = ['minzheng', 'jiaoyu', 'lingdao', 'gongkai', 'chuangkou'] as const;
  let c: ConsoleTest<(typeof users)[number]>;
  let db: Kysely<unknown>;
  before(async () => {
    c = await consoleApp(users);
    db = c.db;
  });
  after(() => c.close());
  const get = (url: string, cookie = '') =>
    c.t.app.inject({ url, headers: cookie ? { cookie } : {} });

  it('sends the anonymous to sign in and refuses staff without a channel (403)', async () => {
    const anonymous = await get('/staff/publishing');
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/staff\/login/);
    assert.equal((await get('/staff/publishing', c.as.chuangkou)).statusCode, 403);
  });

  it('shows a department officer their own channel only, with links to the other console pages', async () => {
    const page = await get('/staff/publishing', c.as.minzheng);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="\/staff\/publishing\/items\/new\?channel=mzj&amp;type=news"/);
    assert.doesNotMatch(page.body, /channel=jyj/);
    for (const link of ['catalog', 'health', 'open-days', 'channels']) {
      assert.match(page.body, new RegExp(`href="/staff/publishing/${link}"`));
    }
    const office = await get('/staff/publishing', c.as.gongkai);
    assert.match(office.body, /channel=jyj/);
    assert.match(office.body, /channel=mzj/);
  });

  it('speaks English when asked, with no catalog key left untranslated', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'policy', {
      ...news,
      docNumber: '清民发〔2026〕1号',
      issuingOrgId: String((await findChannelByCode(db, 'mzj'))!.orgId),
      writtenOn: '2026-09-20',
    });
    for (const url of [
      '/staff/publishing?state=draft',
      `/staff/publishing/items/${id}`,
      '/staff/publishing/channels',
    ]) {
      const page = await get(url, `${c.as.minzheng}; lang=en`);
      assert.equal(page.statusCode, 200, url);
      assert.doesNotMatch(page.body, /publishingConsole\.|publishing\.error\./, url);
    }
    const landing = await get('/staff/publishing?state=draft', `${c.as.minzheng}; lang=en`);
    assert.match(landing.body, /Channels I can act in/);
  });

  it('places an item on the catalog category its author chose, and refuses an unknown one without saving', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', {
      ...news,
      catalogNode: 'a20-05',
    });
    assert.equal((await catalogInfoOf(db, id))?.node?.code, 'a20-05');
    const page = await get(`/staff/publishing/items/${id}`, c.as.minzheng);
    assert.match(page.body, /<option value="a20-05" selected/);
    const edited = await post(
      c.t,
      c.as.minzheng,
      `/staff/publishing/items/${id}`,
      `/staff/publishing/items/${id}`,
      {
        ...news,
        catalogNode: '',
      },
    );
    assert.equal(edited.statusCode, 303);
    assert.notEqual(
      (await catalogInfoOf(db, id))?.node?.code,
      'a20-05',
      'back on its type default',
    );
    const before = await db
      .selectFrom('publishingItems' as never)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const refused = await post(
      c.t,
      c.as.minzheng,
      '/staff/publishing/items/new?channel=mzj&type=news',
      '/staff/publishing/items/new',
      { channel: 'mzj', type: 'news', ...news, catalogNode: 'no-such-node' },
    );
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /目录/);
    const afterCount = await db
      .selectFrom('publishingItems' as never)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n), 'no draft saved');
  });

  it('refuses a new item in a channel the officer does not cover (403) and an unknown channel (404)', async () => {
    assert.equal(
      (await get('/staff/publishing/items/new?channel=jyj&type=news', c.as.minzheng)).statusCode,
      403,
    );
    assert.equal(
      (await get('/staff/publishing/items/new?channel=nope&type=news', c.as.minzheng)).statusCode,
      404,
    );
    assert.equal(
      (await get('/staff/publishing/items/new?channel=mzj&type=bogus', c.as.minzheng)).statusCode,
      404,
    );
  });

  it('re-renders a bad draft with 422 and Chinese messages naming the fields', async () => {
    const page = '/staff/publishing/items/new?channel=mzj&type=policy';
    const form = await get(page, c.as.minzheng);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="docNumber"/);
    assert.match(form.body, /name="issuingOrgId"/);
    const noTitle = await post(c.t, c.as.minzheng, page, '/staff/publishing/items/new', {
      channel: 'mzj',
      type: 'policy',
      title: '',
      formedOn: '2026-09-01',
    });
    assert.equal(noTitle.statusCode, 422);
    assert.match(noTitle.body, /<a href="#field-title">“标题”须为 2 至 200 个字<\/a>/);
    const response = await post(c.t, c.as.minzheng, page, '/staff/publishing/items/new', {
      channel: 'mzj',
      type: 'policy',
      title: '最低生活保障办法',
      formedOn: '2099-01-01',
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /“信息形成或变更日期”须为有效日期/);
    assert.match(response.body, /政策文件须填写“文号”/);
    assert.match(response.body, /value="最低生活保障办法"/, 'what was typed is kept');
  });

  it('drafts (sanitised on save), submits, approves by a second person, publishes with the 条例第26条 warning', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', {
      ...news,
      formedOn: '2026-08-03',
    });
    const stored = (await findItem(db, id))!;
    assert.equal(stored.bodyHtml, '<p>救助工作</p><a>链接</a>');
    const draft = await get(`/staff/publishing/items/${id}`, c.as.minzheng);
    assert.equal(draft.statusCode, 200);
    assert.match(draft.body, /name="bodyHtml"/);
    assert.match(draft.body, /steps\/submit/);
    assert.doesNotMatch(draft.body, /steps\/approve/);

    assert.equal((await step(c.t, c.as.minzheng, id, 'submit')).statusCode, 303);
    assert.equal(await stateOf(db, id), 'submitted');
    // The author cannot approve: no right in the matrix.
    const self = await c.t.app.inject({
      url: `/staff/publishing/items/${id}`,
      headers: { cookie: c.as.minzheng },
    });
    assert.doesNotMatch(self.body, /steps\/approve/);

    const approved = await step(c.t, c.as.lingdao, id, 'approve', { approveNote: '同意' });
    assert.equal(approved.statusCode, 303);
    assert.equal(await stateOf(db, id), 'approved');

    const published = await step(c.t, c.as.gongkai, id, 'publish');
    assert.equal(published.statusCode, 303);
    assert.match(String(published.headers.location), /done=publish&late=\d+/);
    assert.equal(await stateOf(db, id), 'published');
    const after = await get(String(published.headers.location), c.as.gongkai);
    assert.match(after.body, /超过条例第二十六条规定的 20 个工作日/);
    assert.match(after.body, /href="\/openness\/items\//);

    const history = await listItemEvents(db, id);
    assert.deepEqual(
      history.map((e) => e.toState),
      ['draft', 'submitted', 'approved', 'published'],
    );
    const page = await get(`/staff/publishing/items/${id}`, c.as.minzheng);
    assert.match(page.body, /<caption>该信息的办理记录（按时间先后）<\/caption>/);
    assert.match(page.body, /<th scope="col">办理人<\/th>/);
    assert.match(page.body, /同意/);
    // Published on time: no warning when nothing is late.
    const onTime = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', news);
    await step(c.t, c.as.minzheng, onTime, 'submit');
    await step(c.t, c.as.lingdao, onTime, 'approve');
    const prompt = await step(c.t, c.as.gongkai, onTime, 'publish');
    assert.doesNotMatch(String(prompt.headers.location), /late=/);
  });

  it('shows the two-person rule as a message when the drafter approves, and lets it be switched off', async () => {
    const id = await draftAs(c.t, c.as.gongkai, 'mzj', 'notice', {
      ...news,
      title: '关于开展救助的通知',
    });
    await step(c.t, c.as.gongkai, id, 'submit');
    const refused = await step(c.t, c.as.gongkai, id, 'approve');
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /本栏目实行双人审核/);
    assert.equal(await stateOf(db, id), 'submitted');

    // A department officer may not switch the rule; the county office may.
    const channels = '/staff/publishing/channels';
    const mine = await get(channels, c.as.minzheng);
    assert.equal(mine.statusCode, 200);
    assert.doesNotMatch(mine.body, /action="\/staff\/publishing\/channels\/mzj"/);
    const denied = await post(c.t, c.as.minzheng, channels, '/staff/publishing/channels/mzj', {
      twoPersonRule: 'off',
    });
    assert.equal(denied.statusCode, 403);
    const office = await get(channels, c.as.gongkai);
    assert.match(office.body, /action="\/staff\/publishing\/channels\/mzj"/);
    const off = await post(c.t, c.as.gongkai, channels, '/staff/publishing/channels/mzj', {
      twoPersonRule: 'off',
    });
    assert.equal(off.statusCode, 303);
    assert.equal((await findChannelByCode(db, 'mzj'))!.twoPersonRule, false);
    assert.equal((await step(c.t, c.as.gongkai, id, 'approve')).statusCode, 303);
    await post(c.t, c.as.gongkai, channels, '/staff/publishing/channels/mzj', {
      twoPersonRule: 'on',
    });
    assert.equal((await findChannelByCode(db, 'mzj'))!.twoPersonRule, true);
  });

  it('keeps other departments out of an item (403), and a missing item is 404', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', news);
    assert.equal((await get(`/staff/publishing/items/${id}`, c.as.jiaoyu)).statusCode, 403);
    assert.equal((await get('/staff/publishing/items/999999', c.as.minzheng)).statusCode, 404);
    assert.equal((await get('/staff/publishing/items/abc', c.as.minzheng)).statusCode, 404);
    const edit = await post(
      c.t,
      c.as.minzheng,
      `/staff/publishing/items/${id}`,
      `/staff/publishing/items/${id}`,
      {
        ...news,
        title: '冬季救助工作（修改）',
        bodyHtml: '<table><caption>名单</caption><tr><th scope="col">姓名</th></tr></table>',
      },
    );
    assert.equal(edit.statusCode, 303);
    const edited = (await findItem(db, id))!;
    assert.equal(edited.title, '冬季救助工作（修改）');
    assert.equal(
      edited.bodyHtml,
      '<table><caption>名单</caption><tr><th scope="col">姓名</th></tr></table>',
    );
    const hostile = await post(
      c.t,
      c.as.minzheng,
      `/staff/publishing/items/${id}`,
      `/staff/publishing/items/${id}`,
      {
        ...news,
        bodyHtml:
          '<img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe><p>正文</p>',
      },
    );
    assert.equal(hostile.statusCode, 303);
    assert.equal((await findItem(db, id))!.bodyHtml, '<p>正文</p>', 'sanitised on edit too');
  });

  it('asks for a withdrawal reason and a future schedule time (422), then withdraws and schedules', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', news);
    await step(c.t, c.as.minzheng, id, 'submit');
    await step(c.t, c.as.lingdao, id, 'approve');
    const past = await step(c.t, c.as.gongkai, id, 'schedule', { scheduledAt: '2026-09-01T09:00' });
    assert.equal(past.statusCode, 422);
    assert.match(past.body, /“定时发布时间”须晚于现在/);
    const scheduled = await step(c.t, c.as.gongkai, id, 'schedule', {
      scheduledAt: '2026-10-09T09:00',
    });
    assert.equal(scheduled.statusCode, 303);
    const item = (await findItem(db, id))!;
    assert.equal(item.state, 'scheduled');
    assert.equal(new Date(item.scheduledAt!).toISOString(), '2026-10-09T01:00:00.000Z');
    const noReason = await step(c.t, c.as.gongkai, id, 'withdraw', { reason: '' });
    assert.equal(noReason.statusCode, 422);
    assert.match(noReason.body, /撤回须填写“撤回原因”/);
    const withdrawn = await step(c.t, c.as.gongkai, id, 'withdraw', { reason: '内容有误' });
    assert.equal(withdrawn.statusCode, 303);
    assert.equal(await stateOf(db, id), 'withdrawn');
  });

  it('reminds of a published policy without an interpretation and offers the policy in the picker', async () => {
    const policy = await draftAs(c.t, c.as.minzheng, 'mzj', 'policy', {
      ...news,
      title: '清原县最低生活保障实施办法',
      docNumber: '清民发〔2026〕9号',
      issuingOrgId: String((await findChannelByCode(db, 'mzj'))!.orgId),
      writtenOn: '2026-09-20',
    });
    await step(c.t, c.as.minzheng, policy, 'submit');
    await step(c.t, c.as.lingdao, policy, 'approve');
    await step(c.t, c.as.gongkai, policy, 'publish');
    const landing = await get('/staff/publishing', c.as.minzheng);
    assert.match(landing.body, /清原县最低生活保障实施办法/);
    assert.match(landing.body, new RegExp(`type=interpretation&amp;policyId=${policy}`));
    const picker = await get(
      `/staff/publishing/items/new?channel=mzj&type=interpretation&policyId=${policy}`,
      c.as.minzheng,
    );
    assert.match(picker.body, new RegExp(`<option value="${policy}" selected`));
    const interpretation = await draftAs(c.t, c.as.minzheng, 'mzj', 'interpretation', {
      ...news,
      title: '《最低生活保障实施办法》解读',
      policyId: String(policy),
    });
    await step(c.t, c.as.minzheng, interpretation, 'submit');
    const after = await get('/staff/publishing', c.as.minzheng);
    assert.doesNotMatch(after.body, new RegExp(`policyId=${policy}"`));
  });
});
