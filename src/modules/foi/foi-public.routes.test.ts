import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { appModules } from '../../modules.ts';
import type { AppModule } from '../../platform/app-module.ts';
import { sha256Of } from '../../platform/files/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { listRequestFiles, requestFileUrl, requestOfTrackingNumber } from './foi-files.ts';
import { foiFilesRoutes } from './foi-files.routes.ts';
import { replyToRequest } from './foi-handling.service.ts';
import { foiPublicMessages } from './foi-public.messages.ts';
import { outcomes } from './foi.model.ts';
import { foiModule } from './index.ts';
import { applyPageOrder } from './views/public-apply.page.tsx';
import { outcomeKeyList } from './views/public-parts.tsx';

const good = {
  applicantType: 'person',
  name: '王五',
  idType: 'resident_id',
  idNumber: '11010519491231002X',
  phone: '139 0000 0000',
  email: '',
  address: '',
  description: '请提供本县2025年城乡低保资金发放情况',
  documentNumber: '',
  format: 'electronic',
  delivery: 'online',
};

/** The text of the element with this id (the receipt's numbers). */
function byId(html: string, id: string): string {
  const match = new RegExp(`id="${id}"[^>]*>([^<]+)<`).exec(html);
  if (!match) throw new Error(`no #${id} in the page`);
  return match[1]!.trim();
}

/** The field's error paragraph, which sits beside the field. */
function errorBeside(html: string, field: string): string | undefined {
  return new RegExp(`id="field-${field}-error"[^>]*>([^<]+)<`).exec(html)?.[1];
}

describe('the public FOI pages', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  async function apply(fields: Record<string, string>, cookie = '') {
    const session = await formSession(t.app, '/foi/apply', cookie);
    return session.post('/foi/apply', fields);
  }

  async function follow(trackingNumber: string, accessCode: string, cookie = '') {
    const session = await formSession(t.app, '/foi/status', cookie);
    return session.post('/foi/status', { trackingNumber, accessCode });
  }

  it('shows the form with labelled fields, radio groups in fieldsets, and what happens next', async () => {
    const page = await t.app.inject('/foi/apply');
    assert.equal(page.statusCode, 200);
    const html = page.body;
    assert.match(html, /<h1>申请政府信息公开<\/h1>/);
    assert.match(html, /20 个工作日内答复/);
    assert.match(html, /条例第三十三条/);
    assert.match(html, /一般不收费/);
    assert.match(html, /证件号码和联系电话只用于办理本申请，不会公开/);
    for (const name of ['name', 'idNumber', 'phone', 'email', 'address', 'description']) {
      assert.match(html, new RegExp(`<label for="field-${name}">`), name);
    }
    assert.match(html, /<legend>申请人类型<\/legend>/);
    assert.match(html, /<legend>法人或其他组织<\/legend>/);
    assert.match(html, /autocomplete="tel"/);
    assert.match(html, /autocomplete="email"/);
    assert.match(html, /name="_csrf"/);
    assert.match(html, /href="\/openness" aria-current="page"/);
  });

  it('takes a good application, shows the receipt once, and the status page then shows it', async () => {
    const response = await apply(good);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers.location, undefined);
    assert.equal(response.headers['cache-control'], 'no-store');
    const html = response.body;
    const trackingNumber = byId(html, 'tracking-number');
    const accessCode = byId(html, 'access-code');
    assert.match(trackingNumber, /^2026-\d{4}-\d{4}$/);
    assert.match(accessCode, /^[A-Z2-9]{8}$/);
    assert.match(html, /查询码只在这里显示这一次/);
    // The test clock: 2026-09-30, the day before 国庆; 20 working days end 2026-11-03.
    assert.match(html, /<time datetime="2026-09-30">2026年9月30日（星期三）<\/time>/);
    assert.match(html, /<time datetime="2026-11-03">2026年11月3日（星期二）<\/time>/);
    assert.doesNotMatch(html, /暂定/);
    assert.match(html, new RegExp(`href="/foi/status\\?trackingNumber=${trackingNumber}"`));

    const status = await follow(trackingNumber, accessCode.toLowerCase());
    assert.equal(status.statusCode, 200, status.body);
    assert.match(status.body, /<h1>申请办理进度<\/h1>/);
    assert.match(status.body, new RegExp(trackingNumber));
    assert.match(status.body, /办理中/);
    assert.match(status.body, /2026年11月3日（星期二）/);
    assert.match(status.body, /收到申请：网上申请/);
    assert.doesNotMatch(status.body, /11010519491231002X|139 0000 0000/);
    assert.doesNotMatch(status.body, new RegExp(accessCode));

    // Typed as twelve full-width digits, it is still found.
    const plain = trackingNumber.replaceAll('-', '');
    const fullWidth = [...plain].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    assert.equal((await follow(fullWidth, accessCode)).statusCode, 200);
  });

  it('shows the reply, its outcome and the timeline once replied', async () => {
    const receipt = await apply(good);
    const trackingNumber = byId(receipt.body, 'tracking-number');
    const accessCode = byId(receipt.body, 'access-code');
    await replyToRequest(t.database.db, t.clock, systemContext('test'), trackingNumber, {
      on: '2026-09-30',
      outcome: '不予公开.属于国家秘密',
      legalBasis: '条例第14条',
      text: '经审查，所申请信息属于国家秘密。\n特此告知。',
    });
    const status = await follow(trackingNumber, accessCode);
    assert.equal(status.statusCode, 200);
    assert.match(status.body, /已答复/);
    assert.match(status.body, /不予公开：属于国家秘密/);
    assert.match(status.body, /<p lang="zh-CN">特此告知。<\/p>/);
    assert.match(status.body, /60 日内申请行政复议/);
    assert.match(status.body, /2026年9月30日（星期三）<\/time> 作出答复/);
  });

  it('answers bad input with 422: each message beside its field, in the summary, values kept', async () => {
    const response = await apply({
      ...good,
      name: '王五<b>',
      idNumber: '110105194912310021',
      phone: 'x',
      delivery: 'post',
      format: '',
    });
    assert.equal(response.statusCode, 422);
    const html = response.body;
    assert.match(errorBeside(html, 'idNumber')!, /不是有效的 18 位居民身份证号码/);
    assert.match(errorBeside(html, 'phone')!, /联系电话/);
    assert.match(errorBeside(html, 'address')!, /选择邮寄时必须填写/);
    assert.match(errorBeside(html, 'format')!, /提供形式/);
    assert.equal(errorBeside(html, 'name'), undefined);
    assert.match(html, /有 4 处需要修改/);
    // The summary in page order, each linking to its field.
    const links = [...html.matchAll(/<a href="#field-(\w+)">/g)].map((m) => m[1]);
    assert.deepEqual(links, ['idNumber', 'phone', 'address', 'format']);
    assert.match(
      html,
      /id="field-idNumber" name="idNumber" type="text" value="110105194912310021"/,
    );
    assert.match(html, /value="王五&lt;b>"/);
    assert.match(html, /请提供本县2025年城乡低保资金发放情况<\/textarea>/);
    assert.match(html, /id="field-applicantType" name="applicantType" value="person" checked/);
    assert.match(html, /name="delivery" value="post" checked/);
  });

  it('names an unchosen applicant type and a wrong ID type for an organisation', async () => {
    const unchosen = await apply({ ...good, applicantType: '' });
    assert.equal(unchosen.statusCode, 422);
    assert.match(errorBeside(unchosen.body, 'applicantType')!, /申请人类型/);
    const organisation = await apply({ ...good, applicantType: 'business' });
    assert.match(errorBeside(organisation.body, 'idType')!, /统一社会信用代码/);
  });

  it('gives one message for a wrong code and a wrong number: 404, number kept, code not', async () => {
    const receipt = await apply(good);
    const trackingNumber = byId(receipt.body, 'tracking-number');
    const accessCode = byId(receipt.body, 'access-code');
    const wrongCode = await follow(trackingNumber, 'WRONG234');
    const wrongNumber = await follow('2026-0000-0000', accessCode);
    assert.equal(wrongCode.statusCode, 404);
    assert.equal(wrongNumber.statusCode, 404);
    const message = (html: string) => errorBeside(html, 'trackingNumber');
    assert.equal(message(wrongCode.body), '受理编号或查询码不正确，请核对后重新输入。');
    assert.equal(message(wrongCode.body), message(wrongNumber.body));
    assert.match(
      wrongCode.body,
      new RegExp(`name="trackingNumber" type="text" value="${trackingNumber}"`),
    );
    assert.match(wrongNumber.body, /name="accessCode" type="text" value autocomplete/);
    assert.doesNotMatch(wrongNumber.body, new RegExp(accessCode));

    const empty = await follow('', '');
    assert.equal(empty.statusCode, 422);
    assert.match(errorBeside(empty.body, 'accessCode')!, /查询码/);
  });

  it('refuses a form POST without the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/foi/status',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'trackingNumber=2026-0000-0000&accessCode=ABCDEFGH',
    });
    assert.equal(response.statusCode, 403);
    // The application is multipart: its token must be in the action's URL.
    const session = await formSession(t.app, '/foi/apply');
    const body = multipartOf(good);
    const untokened = await t.app.inject({
      method: 'POST',
      url: '/foi/apply',
      headers: { cookie: session.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(untokened.statusCode, 403);
  });

  it('speaks English with the lang=en cookie', async () => {
    const page = await t.app.inject({ url: '/foi/apply', headers: { cookie: 'lang=en' } });
    assert.match(page.body, /<h1>Request government information<\/h1>/);
    assert.match(page.body, /within 20 working days/);
    const receipt = await apply(good, 'lang=en');
    assert.equal(receipt.statusCode, 200);
    assert.match(receipt.body, /<h1>Request sent<\/h1>/);
    assert.match(receipt.body, /Tuesday 3 November 2026/);
    const wrong = await follow('2026-0000-0000', 'ABCDEFGH', 'lang=en');
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.body, /The tracking number or the access code is not right/);
  });

  it('marks a due date 暂定 when it rests on an unpublished year', async () => {
    t.clock.set('2026-12-15T10:00:00+08:00');
    try {
      const response = await apply(good);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(response.body, /<strong class="status-tag">暂定<\/strong>/);
      assert.match(response.body, /放假安排尚未公布/);
    } finally {
      t.clock.set('2026-09-30T09:30:00+08:00');
    }
  });

  it('links the pages from the 政务公开 section', async () => {
    const section = await t.app.inject('/openness');
    assert.match(section.body, /href="\/foi\/apply"/);
    assert.match(section.body, /href="\/foi\/status"/);
  });
});

const fixtures = path.resolve(import.meta.dirname, '../../platform/files/fixtures');
const jpeg = fs.readFileSync(path.join(fixtures, 'scan.jpg'));
const pdf = fs.readFileSync(path.join(fixtures, 'scan.pdf'));

interface Scan {
  name: string;
  bytes: Buffer;
  type?: string;
}

/**
 * The application as a browser sends the page: multipart/form-data, the parts in the page's
 * order (the file input after the ID number), an empty file part when no file is chosen.
 */
function multipartOf(fields: Record<string, string>, scan?: Scan) {
  const boundary = '----sunshine-apply-boundary';
  const chunks: Buffer[] = [];
  for (const name of applyPageOrder) {
    if (name === 'file') {
      const file = scan ?? { name: '', bytes: Buffer.alloc(0) };
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
            `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        file.bytes,
        Buffer.from('\r\n'),
      );
    } else if (name in fields) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${fields[name]}\r\n`,
        ),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat(chunks),
  };
}

const filesRoute = '/staff/foi/:trackingNumber/files/:fileId';

/** The app's modules with the staff download route, whether or not foi's index registers it yet. */
const withFilesRoute: AppModule[] = appModules.map((module) =>
  module !== foiModule
    ? module
    : {
        ...module,
        routes: async (app, deps) => {
          await module.routes(app, deps);
          if (!app.hasRoute({ method: 'GET', url: filesRoute })) foiFilesRoutes(app, deps);
        },
      },
);

describe('the proof of identity sent with an application', () => {
  let t: TestApp;
  let dataDir: string;
  before(async () => {
    const parent = process.env.SUNSHINE_TEST_TMP ?? os.tmpdir();
    fs.mkdirSync(parent, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(parent, 'foi-apply-'));
    t = await createTestApp({ demo: true, env: { DATA_DIR: dataDir }, modules: withFilesRoute });
  });
  after(async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Opens the form, then sends it to the action the page names (the CSRF token in its URL). */
  async function applyWith(fields: Record<string, string>, scan?: Scan, cookie = '') {
    const session = await formSession(t.app, '/foi/apply', cookie);
    const page = await t.app.inject({ url: '/foi/apply', headers: { cookie: session.cookie } });
    const action = /<form method="post" action="(\/foi\/apply\?_csrf=[^"]+)"/.exec(page.body)?.[1];
    assert.ok(action, 'the form posts to /foi/apply with the token in its URL');
    const body = multipartOf(fields, scan);
    return t.app.inject({
      method: 'POST',
      url: action.replaceAll('&amp;', '&'),
      headers: { cookie: session.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  const count = async (table: string) =>
    Number(
      (
        await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
          t.database.db,
        )
      ).rows[0]!.n,
    );

  /** Every file the store holds. */
  const stored = () => {
    const root = path.join(dataDir, 'files');
    return fs.existsSync(root)
      ? fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.length > 3)
      : [];
  };

  it('offers an optional file input, labelled and described, in a multipart form', async () => {
    const page = await t.app.inject('/foi/apply');
    const html = page.body;
    assert.match(html, /enctype="multipart\/form-data"/);
    assert.match(html, /<label for="field-file">身份证明材料（选填）<\/label>/);
    assert.match(html, /身份证或营业执照的扫描件，PDF、JPEG 或 PNG，不超过 5 MB/);
    assert.match(
      html,
      /id="field-file" name="file" type="file" accept="[^"]*application\/pdf[^"]*" aria-describedby="field-file-hint"/,
    );
    // The scan comes after the ID number, before the phone.
    const at = (name: string) => html.indexOf(`name="${name}"`);
    assert.ok(at('idNumber') < at('file') && at('file') < at('phone'));
  });

  it('receives the application with a scan: the receipt, the file kept and linked to the request', async () => {
    const response = await applyWith(good, {
      name: '王五身份证.jpg',
      bytes: jpeg,
      type: 'image/jpeg',
    });
    assert.equal(response.statusCode, 200, response.body);
    const trackingNumber = byId(response.body, 'tracking-number');
    // Personal data stays off public pages: no file name on the receipt.
    assert.doesNotMatch(response.body, /王五身份证|\.jpg/);
    const request = await requestOfTrackingNumber(t.database.db, trackingNumber);
    const files = await listRequestFiles(t.database.db, request.id);
    assert.equal(files.length, 1);
    assert.equal(files[0]!.kind, 'identity');
    assert.equal(files[0]!.mediaType, 'image/jpeg');
    assert.equal(files[0]!.size, jpeg.length);
    assert.equal(files[0]!.originalName, '王五身份证.jpg');
    const hash = sha256Of(jpeg);
    assert.deepEqual(fs.readFileSync(path.join(dataDir, 'files', hash.slice(0, 2), hash)), jpeg);
  });

  it('takes the form with no file chosen, as before', async () => {
    const files = await count('foi_request_files');
    const response = await applyWith(good);
    assert.equal(response.statusCode, 200, response.body);
    assert.match(byId(response.body, 'tracking-number'), /^2026-\d{4}-\d{4}$/);
    assert.equal(await count('foi_request_files'), files);
  });

  it('refuses text disguised as a PDF with 422: the reason beside the field, the rest kept', async () => {
    const [requests, files, copies] = [await count('foi_requests'), await count('files'), stored()];
    const response = await applyWith(
      { ...good, email: 'wangwu@example.cn' },
      {
        name: 'id-card.pdf',
        bytes: Buffer.from('This is not a PDF, only text.\n'),
        type: 'application/pdf',
      },
    );
    assert.equal(response.statusCode, 422);
    const html = response.body;
    assert.equal(
      errorBeside(html, 'file'),
      '身份证明材料：文件名是 .pdf，内容却不是 PDF 文件，请选择真实的扫描件',
    );
    assert.match(html, /<a href="#field-file">身份证明材料：文件名是 \.pdf/);
    assert.match(html, /id="field-file" name="file" type="file"[^>]*aria-invalid="true"/);
    assert.match(html, /value="王五"/);
    assert.match(html, /value="11010519491231002X"/);
    assert.match(html, /value="wangwu@example.cn"/);
    assert.match(html, /请提供本县2025年城乡低保资金发放情况<\/textarea>/);
    assert.match(html, /name="delivery" value="online" checked/);
    // Nothing received, nothing kept.
    assert.equal(await count('foi_requests'), requests);
    assert.equal(await count('files'), files);
    assert.deepEqual(stored(), copies);
  });

  it('names a JPEG named .png together with the other problems, in page order', async () => {
    const response = await applyWith(
      { ...good, phone: 'x' },
      { name: 'licence.png', bytes: jpeg, type: 'image/png' },
    );
    assert.equal(response.statusCode, 422);
    assert.match(errorBeside(response.body, 'file')!, /文件名是 \.png，内容却是 JPEG 文件/);
    const links = [...response.body.matchAll(/<a href="#field-(\w+)">/g)].map((m) => m[1]);
    assert.deepEqual(links, ['file', 'phone']);
  });

  it('refuses a file over 5 MB with 422, keeping what was typed after it', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]);
    const requests = await count('foi_requests');
    const response = await applyWith(
      { ...good, address: '某县某镇某村 1 号' },
      { name: 'scan.pdf', bytes: big, type: 'application/pdf' },
    );
    assert.equal(response.statusCode, 422);
    assert.equal(
      errorBeside(response.body, 'file'),
      '身份证明材料：文件超过 5 MB，请选择较小的扫描件',
    );
    // The phone, address and the choices come after the file in the body.
    assert.match(response.body, /name="phone" type="tel" value="139 0000 0000"/);
    assert.match(response.body, /value="某县某镇某村 1 号"/);
    assert.match(response.body, /name="format" value="electronic" checked/);
    assert.equal(await count('foi_requests'), requests);
  });

  it('asks for a good scan again when the form is refused for another reason', async () => {
    const response = await applyWith(
      { ...good, idNumber: '110105194912310021' },
      { name: 'scan.pdf', bytes: pdf },
    );
    assert.equal(response.statusCode, 422);
    assert.equal(errorBeside(response.body, 'file'), undefined);
    assert.match(response.body, /id="field-file-again"><strong>您之前选择的文件没有提交/);
    assert.match(response.body, /aria-describedby="field-file-hint field-file-again"/);
  });

  it('gives the reason in English with the lang=en cookie', async () => {
    const response = await applyWith(
      good,
      { name: 'scan.pdf', bytes: Buffer.from('<html>not a pdf</html>') },
      'lang=en',
    );
    assert.equal(response.statusCode, 422);
    assert.equal(
      errorBeside(response.body, 'file'),
      'Proof of identity: the file is named .pdf, but its content is not PDF. Choose the real scan',
    );
  });

  it('hands the scan to the disclosure office as an attachment, and to nobody else', async () => {
    const receipt = await applyWith(good, { name: '营业执照 (副本).pdf', bytes: pdf });
    assert.equal(receipt.statusCode, 200, receipt.body);
    const trackingNumber = byId(receipt.body, 'tracking-number');
    const request = await requestOfTrackingNumber(t.database.db, trackingNumber);
    const [file] = await listRequestFiles(t.database.db, request.id);
    const url = requestFileUrl(trackingNumber, file!.id);

    const officer = await signIn(t.app, 'gongkai', 'Sunshine-gongkai-2026');
    const page = await t.app.inject({
      url: `/staff/foi/${trackingNumber}`,
      headers: { cookie: officer },
    });
    assert.ok(page.body.includes(`href="${url}"`), 'the request page links the scan');
    const download = await t.app.inject({ url, headers: { cookie: officer } });
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(
      download.headers['content-disposition'],
      `attachment; filename="${trackingNumber}-${file!.id}.pdf"; ` +
        `filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%28%E5%89%AF%E6%9C%AC%29.pdf`,
    );
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.equal(download.headers['cache-control'], 'no-store');
    assert.deepEqual(download.rawPayload, pdf);
    const { rows } = await sql<{ actorName: string }>`
      select actor_name from audit_log where action = 'foi.request.file.download'
      and target_id = ${trackingNumber}`.execute(t.database.db);
    assert.deepEqual(
      rows.map((r) => r.actorName),
      ['政务公开办'],
    );

    // The public is sent to sign in; staff who may not read the request are refused.
    const anonymous = await t.app.inject({ url });
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/staff\/login/);
    const teacher = await signIn(t.app, 'jiaoyu', 'Sunshine-jiaoyu-2026');
    const refused = await t.app.inject({ url, headers: { cookie: teacher } });
    assert.equal(refused.statusCode, 403);
    assert.doesNotMatch(refused.body, /营业执照|%PDF/);

    // A file of another request, or none, under this request's number: not found.
    const other = await applyWith(good, { name: 'x.jpg', bytes: jpeg });
    const otherRequest = await requestOfTrackingNumber(
      t.database.db,
      byId(other.body, 'tracking-number'),
    );
    const [otherFile] = await listRequestFiles(t.database.db, otherRequest.id);
    const crossed = await t.app.inject({
      url: requestFileUrl(trackingNumber, otherFile!.id),
      headers: { cookie: officer },
    });
    assert.equal(crossed.statusCode, 404);
    const bad = await t.app.inject({
      url: `/staff/foi/${trackingNumber}/files/abc`,
      headers: { cookie: officer },
    });
    assert.equal(bad.statusCode, 400);
  });
});

describe('the public FOI wording', () => {
  it('has the same keys in both languages and a wording for every outcome', () => {
    assert.deepEqual(
      Object.keys(foiPublicMessages.en).sort(),
      Object.keys(foiPublicMessages['zh-CN']).sort(),
    );
    assert.deepEqual(Object.keys(outcomeKeyList).sort(), [...outcomes].sort());
    for (const key of Object.values(outcomeKeyList)) {
      assert.ok(`foiPublic.outcome.${key}` in foiPublicMessages['zh-CN'], key);
    }
  });
});
