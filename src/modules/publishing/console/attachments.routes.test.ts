import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listItemEvents } from '../publishing.queries.ts';
import { listAttachments, listPublicAttachments } from './attachments.queries.ts';
import {
  consoleApp,
  draftAs,
  fixture,
  multipartOf,
  post,
  step,
  type ConsoleTest,
} from './console.test-support.ts';

const news = { title: '县民政局救助公告', formedOn: '2026-09-28', bodyHtml: '<p>公告</p>' };

describe('attachments of a publication', () => {
  const users = ['minzheng', 'jiaoyu', 'lingdao', 'gongkai'] as const;
  let c: ConsoleTest<(typeof users)[number]>;
  before(async () => {
    c = await consoleApp(users);
  });
  after(() => c.close());

  /** Uploads through the item page's multipart form (the CSRF token in the action's query). */
  async function upload(
    cookie: string,
    id: number,
    fields: Record<string, string>,
    file?: { name: string; bytes: Buffer },
  ) {
    const page = await c.t.app.inject({
      url: `/staff/publishing/items/${id}`,
      headers: { cookie },
    });
    const action = /action="([^"]*\/attachments\?_csrf=[^"]+)"/.exec(page.body)?.[1];
    assert.ok(action, 'the draft page has an upload form');
    const body = multipartOf(fields, file);
    return c.t.app.inject({
      method: 'POST',
      url: action.replace(/&amp;/g, '&'),
      headers: { cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  it('keeps a PDF on a draft and serves it publicly only once the item is published', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'notice', news);
    const response = await upload(
      c.as.minzheng,
      id,
      { kind: 'attachment', attachmentTitle: '救助对象名单' },
      { name: 'list.pdf', bytes: fixture('notice.pdf') },
    );
    assert.equal(response.statusCode, 303, response.body.slice(0, 300));
    const [attachment] = await listAttachments(c.db, id);
    assert.ok(attachment);
    assert.equal(attachment.title, '救助对象名单');
    assert.equal(attachment.mediaType, 'application/pdf');
    assert.equal(attachment.fileName, '救助对象名单.pdf');
    const url = `/openness/attachments/${attachment.id}/${encodeURIComponent(attachment.fileName)}`;
    assert.equal((await c.t.app.inject({ url })).statusCode, 404, 'a draft’s file is not public');
    // Staff of the channel see it before approving; another department does not.
    const staffUrl = url.replace('/openness/attachments/', '/staff/publishing/attachments/');
    const preview = await c.t.app.inject({ url: staffUrl, headers: { cookie: c.as.lingdao } });
    assert.equal(preview.statusCode, 200);
    assert.equal(preview.headers['cache-control'], 'no-store');
    const outside = await c.t.app.inject({ url: staffUrl, headers: { cookie: c.as.jiaoyu } });
    assert.equal(outside.statusCode, 403);
    assert.deepEqual(await listPublicAttachments(c.db, id), []);
    // The upload is an edit of the draft: in its history.
    const events = await listItemEvents(c.db, id);
    assert.equal(events.at(-1)!.note, '救助对象名单');

    await step(c.t, c.as.minzheng, id, 'submit');
    await step(c.t, c.as.lingdao, id, 'approve');
    await step(c.t, c.as.gongkai, id, 'publish');
    const [shown] = await listPublicAttachments(c.db, id);
    assert.equal(shown?.url, url);
    assert.equal(shown?.size, fixture('notice.pdf').length);
    // HTML first: the PDF's text, read at upload.
    assert.match(
      shown?.htmlRendering ?? '',
      /<p>Qingyuan County notice<br \/>Registration reform 2026<\/p>/,
    );
    const download = await c.t.app.inject({ url });
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.match(
      String(download.headers['content-disposition']),
      /^inline; filename="[^"]*\.pdf"; filename\*=UTF-8''%E6%95%91/,
    );
    assert.deepEqual(download.rawPayload, fixture('notice.pdf'));

    // Published: no more uploads (a new edition is the way to change it).
    const page = await c.t.app.inject({
      url: `/staff/publishing/items/${id}`,
      headers: { cookie: c.as.minzheng },
    });
    assert.doesNotMatch(page.body, /enctype="multipart\/form-data"/);
    await step(c.t, c.as.gongkai, id, 'withdraw', { reason: '名单有误' });
    assert.equal((await c.t.app.inject({ url })).statusCode, 404, 'withdrawn: no longer served');
  });

  it('refuses a PNG renamed .pdf with a Chinese message naming the field', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', news);
    const response = await upload(
      c.as.minzheng,
      id,
      { kind: 'attachment', attachmentTitle: '通知' },
      { name: 'notice.pdf', bytes: fixture('photo-renamed.pdf') },
    );
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /“文件”：文件名是 \.pdf，内容却是 PNG，请改正文件名/);
    assert.match(response.body, /value="通知"/, 'the title typed is kept');
    assert.deepEqual(await listAttachments(c.db, id), []);
  });

  it('accepts JPEG and PNG images but not a PDF as an image, and names the title after the file', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', news);
    const png = await upload(
      c.as.minzheng,
      id,
      { kind: 'image', attachmentTitle: '' },
      {
        name: '现场照片.png',
        bytes: fixture('photo.png'),
      },
    );
    assert.equal(png.statusCode, 303);
    const jpeg = await upload(
      c.as.minzheng,
      id,
      { kind: 'image', attachmentTitle: '会场' },
      {
        name: 'hall.jpg',
        bytes: fixture('photo.jpg'),
      },
    );
    assert.equal(jpeg.statusCode, 303);
    const pdf = await upload(
      c.as.minzheng,
      id,
      { kind: 'image', attachmentTitle: '文件' },
      {
        name: 'notice.pdf',
        bytes: fixture('notice.pdf'),
      },
    );
    assert.equal(pdf.statusCode, 422);
    assert.match(pdf.body, /“文件”：只接受 JPEG, PNG 文件/);
    const list = await listAttachments(c.db, id);
    assert.deepEqual(
      list.map((a) => [a.title, a.kind, a.mediaType, a.position]),
      [
        ['现场照片', 'image', 'image/png', 0],
        ['会场', 'image', 'image/jpeg', 1],
      ],
    );
  });

  it('limits the size: an image over 5 MB is refused, naming the limit', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', news);
    const big = Buffer.concat([fixture('photo.jpg'), Buffer.alloc(5 * 1024 * 1024)]);
    const response = await upload(
      c.as.minzheng,
      id,
      { kind: 'image', attachmentTitle: '大图' },
      {
        name: 'big.jpg',
        bytes: big,
      },
    );
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /“文件”：超过 5 MB/);
  });

  it('asks for a file and a kind, removes an attachment, and keeps other departments out', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', news);
    const none = await upload(c.as.minzheng, id, { kind: 'attachment', attachmentTitle: 'x' });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /“文件”：请选择要上传的文件/);
    const noKind = await upload(
      c.as.minzheng,
      id,
      { attachmentTitle: 'x' },
      {
        name: 'a.pdf',
        bytes: fixture('notice.pdf'),
      },
    );
    assert.equal(noKind.statusCode, 422);
    assert.match(noKind.body, /请选择“类别”/);

    await upload(
      c.as.minzheng,
      id,
      { kind: 'attachment', attachmentTitle: '附件一' },
      {
        name: 'a.pdf',
        bytes: fixture('notice.pdf'),
      },
    );
    const [attachment] = await listAttachments(c.db, id);
    assert.ok(attachment);
    const page = `/staff/publishing/items/${id}`;
    const remove = `${page}/attachments/${attachment.id}/remove`;
    const outsider = await post(c.t, c.as.jiaoyu, '/staff/publishing', remove, {});
    assert.equal(outsider.statusCode, 403);
    assert.equal((await listAttachments(c.db, id)).length, 1);
    const removed = await post(c.t, c.as.minzheng, page, remove, {});
    assert.equal(removed.statusCode, 303);
    assert.deepEqual(await listAttachments(c.db, id), []);
    const other = await draftAs(c.t, c.as.minzheng, 'mzj', 'news', news);
    const denied = await c.t.app.inject({
      url: `/staff/publishing/items/${other}`,
      headers: { cookie: c.as.jiaoyu },
    });
    assert.equal(denied.statusCode, 403);
  });

  it('gives a new edition the attachments of the edition it revises', async () => {
    const id = await draftAs(c.t, c.as.minzheng, 'mzj', 'notice', news);
    await upload(
      c.as.minzheng,
      id,
      { kind: 'attachment', attachmentTitle: '附件' },
      {
        name: 'a.pdf',
        bytes: fixture('notice.pdf'),
      },
    );
    await step(c.t, c.as.minzheng, id, 'submit');
    await step(c.t, c.as.lingdao, id, 'approve');
    await step(c.t, c.as.gongkai, id, 'publish');
    const revised = await step(c.t, c.as.minzheng, id, 'newEdition');
    assert.equal(revised.statusCode, 303);
    const next = Number(/items\/(\d+)/.exec(String(revised.headers.location))![1]);
    assert.notEqual(next, id);
    assert.deepEqual(
      (await listAttachments(c.db, next)).map((a) => a.title),
      ['附件'],
    );
  });
});
