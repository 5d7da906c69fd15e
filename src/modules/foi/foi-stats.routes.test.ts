import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

describe('public FOI statistics', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  it('show the county and each org with definitions, and agree with the JSON', async () => {
    const page = await t.app.inject({ url: '/foi/statistics?year=2025' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /依申请公开统计 2025/);
    assert.match(page.body, /按时答复率：本年答复的申请中/);
    const json = (await t.app.inject({ url: '/api/v1/foi/statistics?year=2025' })).json();
    assert.ok(json.county.received > 0);
    assert.equal(
      json.orgs.reduce((sum: number, o: { received: number }) => sum + o.received, 0),
      json.county.received,
    );
    assert.match(page.body, new RegExp(`<td>${json.county.received}</td>`));
    // No personal data on the public page.
    assert.doesNotMatch(page.body, /11010519491231002X|王秀英/);
  });
});
