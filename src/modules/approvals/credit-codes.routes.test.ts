import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import vectors from '../../platform/identifiers/fixtures/uscc.json' with { type: 'json' };

describe('GET /api/v1/credit-codes/{code}', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const check = (code: string) =>
    t.app.inject({ url: `/api/v1/credit-codes/${encodeURIComponent(code)}` });

  it('says a valid code is valid, with no reason, to anyone', async () => {
    for (const code of vectors.valid) {
      const response = await check(code);
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /application\/json/);
      assert.deepEqual(response.json(), { code, valid: true });
    }
  });

  it('names the first check a mistyped code fails', async () => {
    for (const [code, reason] of Object.entries(vectors.invalid)) {
      const response = await check(code);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { code, valid: false, reason });
    }
    assert.deepEqual((await check('91330100716105853F')).json(), {
      code: '91330100716105853F',
      valid: false,
      reason: 'checkDigit18',
    });
  });

  it('answers with the code trimmed and upper-cased, as the validator reads it', async () => {
    assert.deepEqual((await check(' 91330100716105852f ')).json(), {
      code: '91330100716105852F',
      valid: true,
    });
    assert.deepEqual((await check('91a30100716105852f')).json(), {
      code: '91A30100716105852F',
      valid: false,
      reason: 'charset',
    });
  });
});
