import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { documentedOperations } from '../src/platform/http/index.ts';
import { createTestApp, type TestApp } from './test-app.ts';

describe('the OpenAPI description', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('documents every /api route the app serves, and nothing else', async () => {
    const response = await t.app.inject({ url: '/api/v1/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.equal(document.openapi, '3.1.0');
    const documented = documentedOperations(document).sort();
    const served = [...new Set(t.app.apiRoutes)].sort();
    assert.deepEqual(documented, served);
    assert.ok(served.includes('POST /api/v1/foi/requests'));
  });
});
