import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../test/test-app.ts';
import { systemContext } from '../../platform/http/index.ts';
import { usccProblem } from '../../platform/identifiers/index.ts';
import { decideCase, recordOpinion } from './case-review.service.ts';
import { findCase, listCaseReviews } from './cases.queries.ts';
import { registrationMaterials } from './registration.service.ts';
import { fenOfWan, registrationForm } from './registration.schemas.ts';

const good = {
  name: '清原满族自治县一照通科技有限公司',
  kind: 'enterprise',
  legalRepresentative: '陈明',
  idNumber: '11010519491231002x',
  capital: '12.5',
  address: '清原镇兴业街8号',
  businessScope: '软件开发；信息系统集成服务',
  phone: '13800001234',
};

/** The field's error paragraph, which sits beside the field. */
function errorBeside(html: string, field: string): string | undefined {
  return new RegExp(`id="field-${field}-error"[^>]*>([^<]+)<`).exec(html)?.[1];
}

describe('combined business registration (五证合一、一照一码)', () => {
  let t: TestApp;
  let clerk: string;
  let materials: string[];
  const system = systemContext('test');
  before(async () => {
    t = await createTestApp({ demo: true });
    clerk = await signIn(t.app, 'chuangkou', 'Sunshine-chuangkou-2026');
    materials = (await registrationMaterials(t.database.db)).map((m) => `material-${m.id}`);
  });
  after(() => t.close());

  async function submit(fields: Record<string, string>) {
    const session = await formSession(t.app, '/staff/approvals/registrations/new', clerk);
    const page = await t.app.inject({
      url: '/staff/approvals/registrations/new',
      headers: { cookie: clerk },
    });
    const window = /name="window" value="(\d+)"/.exec(page.body)?.[1] ?? '';
    return session.post('/staff/approvals/registrations/new', { window, ...fields });
  }

  it('reads capital in 万元 exactly, and names every field’s problem at once', () => {
    assert.equal(fenOfWan('12.5'), 12_500_000);
    assert.equal(fenOfWan('100'), 100_000_000);
    assert.equal(fenOfWan('0.000001'), 1);
    const parsed = registrationForm.safeParse({
      ...good,
      idNumber: '110105194912310021',
      capital: 'x',
      name: '',
    });
    assert.ok(!parsed.success);
    const messages = parsed.error.issues.map((i) => `${String(i.path[0])}:${i.message}`).sort();
    assert.deepEqual(messages, [
      'capital:registration.error.capital',
      'idNumber:registration.error.idNumber.checkDigit',
      'name:registration.error.name',
      'window:registration.error.window',
    ]);
  });

  it('offers one form with one set of materials to the window clerk, and no one else', async () => {
    const page = await t.app.inject({
      url: '/staff/approvals/registrations/new',
      headers: { cookie: clerk },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /企业设立登记（五证合一、一照一码）/);
    assert.ok(materials.length > 0);
    for (const m of materials) assert.ok(page.body.includes(`name="${m}"`), m);
    const reviewer = await signIn(t.app, 'lianshen', 'Sunshine-lianshen-2026');
    const refused = await t.app.inject({
      url: '/staff/approvals/registrations/new',
      headers: { cookie: reviewer },
    });
    assert.equal(refused.statusCode, 403);
  });

  it('re-renders a wrong form with 422, the ID number’s problem beside it', async () => {
    const ticked = Object.fromEntries(materials.map((m) => [m, 'on']));
    const response = await submit({ ...good, ...ticked, idNumber: '110105194912310021' });
    assert.equal(response.statusCode, 422);
    assert.match(errorBeside(response.body, 'idNumber') ?? '', /校验码不符/);
    assert.match(response.body, /value="陈明"/);
  });

  it('refuses when a required material is missing, registering nothing', async () => {
    const before = await sql<{
      n: number;
    }>`select count(*)::int as n from approvals_registrations`.execute(t.database.db);
    const response = await submit(good);
    assert.equal(response.statusCode, 422);
    const after = await sql<{
      n: number;
    }>`select count(*)::int as n from approvals_registrations`.execute(t.database.db);
    assert.equal(after.rows[0]!.n, before.rows[0]!.n);
  });

  it('accepts, reviews in parallel, and issues a licence whose credit code is the certificate number', async () => {
    const ticked = Object.fromEntries(materials.map((m) => [m, 'on']));
    const response = await submit({ ...good, ...ticked });
    assert.equal(response.statusCode, 201, response.body.slice(0, 2000));
    assert.equal(response.headers['cache-control'], 'no-store');
    const trackingNumber = /id="tracking-number">([^<]+)</.exec(response.body)![1]!;
    assert.match(response.body, /id="access-code">[A-Z0-9]{8}</);
    assert.match(response.body, /已送以下部门并联审查/);

    const db = t.database.db;
    const accepted = (await findCase(db, trackingNumber))!;
    assert.equal(accepted.state, 'reviewing');
    const reviews = await listCaseReviews(db, accepted.id);
    assert.ok(reviews.length >= 2, 'several departments review');
    assert.ok(
      reviews.every((r) => r.state === 'pending'),
      'all at once',
    );
    for (const review of reviews) {
      await recordOpinion(db, t.clock, system, trackingNumber, {
        orgCode: review.orgCode,
        approve: true,
        opinion: '同意',
      });
    }
    await decideCase(db, t.clock, system, trackingNumber, { decision: 'approved' });

    const session = await formSession(t.app, '/staff/approvals/registrations/new', clerk);
    const issued = await session.post(`/staff/approvals/registrations/${trackingNumber}/issue`, {});
    assert.equal(issued.statusCode, 303);
    const code = /registrations\/([0-9A-Z]{18})\/licence$/.exec(
      String(issued.headers.location),
    )![1]!;
    assert.equal(usccProblem(code), null);
    assert.match(code, /^91210423/);
    const row = (await findCase(db, trackingNumber))!;
    assert.equal(row.state, 'issued');
    assert.equal(row.certificateNumber, code);
    const { rows } = await sql<{
      name: string;
      caseId: number;
      registeredCapitalFen: number;
      legalRepresentativeIdNumber: string;
    }>`
      select name, case_id, registered_capital_fen, legal_representative_id_number
      from approvals_licences where credit_code = ${code}`.execute(db);
    assert.deepEqual(rows[0], {
      name: good.name,
      caseId: row.id,
      registeredCapitalFen: 12_500_000,
      legalRepresentativeIdNumber: '11010519491231002X',
    });
    const licence = await t.app.inject({
      url: String(issued.headers.location),
      headers: { cookie: clerk },
    });
    assert.equal(licence.statusCode, 200);
    assert.match(licence.body, /人民币 12.5 万元/);

    const again = await session.post(`/staff/approvals/registrations/${trackingNumber}/issue`, {});
    assert.equal(again.statusCode, 409, 'issued once');
  });

  it('issues the licence from the case page too: the code is generated, a typed number ignored', async () => {
    const ticked = Object.fromEntries(materials.map((m) => [m, 'on']));
    const response = await submit({ ...good, name: '清原县一窗通商贸有限公司', ...ticked });
    assert.equal(response.statusCode, 201);
    const trackingNumber = /id="tracking-number">([^<]+)</.exec(response.body)![1]!;
    const db = t.database.db;
    const accepted = (await findCase(db, trackingNumber))!;
    for (const review of await listCaseReviews(db, accepted.id)) {
      await recordOpinion(db, t.clock, system, trackingNumber, {
        orgCode: review.orgCode,
        approve: true,
        opinion: '同意',
      });
    }
    await decideCase(db, t.clock, system, trackingNumber, { decision: 'approved' });
    const casePage = `/staff/approvals/cases/${trackingNumber}`;
    const session = await formSession(t.app, casePage, clerk);
    const page = await t.app.inject({ url: casePage, headers: { cookie: clerk } });
    assert.match(page.body, /生成统一社会信用代码/);
    assert.doesNotMatch(page.body, /name="issue_certificateNumber"/);
    const issued = await session.post(`${casePage}/issue`, { issue_certificateNumber: 'X-1' });
    assert.equal(issued.statusCode, 303, issued.body.slice(0, 500));
    const row = (await findCase(db, trackingNumber))!;
    assert.equal(row.state, 'issued');
    assert.equal(usccProblem(row.certificateNumber), null);
    const { rows } = await sql<{ caseId: number }>`
      select case_id from approvals_licences where credit_code = ${row.certificateNumber}`.execute(
      db,
    );
    assert.equal(rows[0]?.caseId, row.id);
  });
});
