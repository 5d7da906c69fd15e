import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.ts';

describe('reply letter downloads', () => {
  let t: TestApp;
  let admin: string;
  let replied: string;
  let open: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await signIn(t.app, 'admin', 'Sunshine-admin-2026');
    const { rows } = await sql<{ replied: string; open: string }>`
      select (select tracking_number from foi_requests where replied_on is not null order by id limit 1) as replied,
             (select tracking_number from foi_requests where replied_on is null order by id limit 1) as open`.execute(
      t.database.db,
    );
    ({ replied, open } = rows[0]!);
  });
  after(() => t.close());

  it('serves the saved letter as a printable page and as .docx to staff', async () => {
    const html = await t.app.inject({
      url: `/staff/foi/${replied}/letter`,
      headers: { cookie: admin },
    });
    assert.equal(html.statusCode, 200);
    assert.match(html.body, /政府信息公开申请答复书/);
    assert.match(html.body, /关于您申请的政府信息/);
    const docx = await t.app.inject({
      url: `/staff/foi/${replied}/letter.docx`,
      headers: { cookie: admin },
    });
    assert.equal(docx.statusCode, 200);
    assert.equal(docx.rawPayload.subarray(0, 2).toString(), 'PK');
  });

  it('has no letter before the reply, and none for the public', async () => {
    const before = await t.app.inject({
      url: `/staff/foi/${open}/letter`,
      headers: { cookie: admin },
    });
    assert.equal(before.statusCode, 409);
    const anonymous = await t.app.inject({ url: `/staff/foi/${replied}/letter` });
    assert.notEqual(anonymous.statusCode, 200);
  });
});
