import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appModules } from '../../modules.ts';
import { createI18n, defineMessages, platformMessages } from './index.ts';

describe('message catalogs', () => {
  const catalogs = [platformMessages, ...appModules.map((m) => m.messages)];

  it('have the same keys in Chinese and English, and no empty strings', () => {
    for (const catalog of catalogs) {
      assert.deepEqual(Object.keys(catalog.en).sort(), Object.keys(catalog['zh-CN']).sort());
      for (const text of [...Object.values(catalog.en), ...Object.values(catalog['zh-CN'])]) {
        assert.notEqual(text.trim(), '');
      }
    }
  });

  it('merge without a key defined twice', () => {
    assert.doesNotThrow(() => createI18n(catalogs));
    assert.throws(() => createI18n([platformMessages, platformMessages]), /defined twice/);
  });

  it('fills placeholders and shows a missing key as itself', () => {
    const i18n = createI18n([
      defineMessages({ hello: '你好，{name}' }, { hello: 'Hello, {name}' }),
    ]);
    assert.equal(i18n.translator('zh-CN')('hello', { name: '张三' }), '你好，张三');
    assert.equal(i18n.translator('en')('hello', { name: 'Li' }), 'Hello, Li');
    assert.equal(i18n.translator('en')('nope'), 'nope');
  });
});
