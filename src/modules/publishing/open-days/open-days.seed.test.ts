import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';

describe('the demo open days', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  it('shows last year’s and this year’s 政务公开日 on the public page, with their figures', async () => {
    const page = await t.app.inject({ url: '/openness/open-days' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /政务公开日：走进政务服务中心/);
    assert.match(page.body, /政务公开日：政策解读进社区/);
    assert.match(page.body, /124/);
  });
});
