import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

describe('the staff console frame', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  it('shows navigation by system', async () => {
    const response = await t.app.inject('/staff');
    assert.equal(response.statusCode, 200);
    for (const label of [
      '主动公开',
      '依申请公开',
      '行政权力运行',
      '公共资源交易',
      '行政绩效管理',
      '电子监察',
      '民意诉求反馈',
    ]) {
      assert.ok(response.body.includes(label), label);
    }
    assert.match(response.body, /aria-label="系统导航"/);
  });

  it('marks each system not yet available, with no figures', async () => {
    const response = await t.app.inject('/staff/foi');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /依申请公开：尚未开放/);
    assert.match(response.body, /href="\/staff\/foi" aria-current="page"/);
  });
});
