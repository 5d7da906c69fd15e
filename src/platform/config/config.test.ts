import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './index.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
  assert.fail('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to port 3000, localhost and embedded storage in ./data', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.host, 'localhost');
    assert.equal(config.databaseUrl, undefined);
    assert.match(config.dataDir, /data$/);
    assert.equal(config.env, 'development');
  });

  it('names PORT when it is not a number', () => {
    const problems = problemsOf({ PORT: 'abc' });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^PORT: .*"abc"/);
  });

  it('gives one line per bad variable', () => {
    const problems = problemsOf({ PORT: '70000', LOG_LEVEL: 'loud', PUBLIC_URL: 'nope' });
    assert.deepEqual(
      problems.map((p) => p.split(':')[0]),
      ['PORT', 'PUBLIC_URL', 'LOG_LEVEL'],
    );
  });

  it('requires SESSION_SECRET in production, alongside other problems', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: 'x' });
    assert.ok(problems.some((p) => p.startsWith('SESSION_SECRET:')));
    assert.ok(problems.some((p) => p.startsWith('PORT:')));
  });

  it('never echoes a database URL or a secret back', () => {
    const problems = problemsOf({
      DATABASE_URL: 'mysql://u:hunter2@h/db',
      SESSION_SECRET: 'short-secret',
    });
    assert.equal(problems.length, 2);
    assert.ok(problems.every((p) => !p.includes('hunter2') && !p.includes('short-secret')));
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({ PORT: '', DATABASE_URL: '' }).port, 3000);
  });
});
