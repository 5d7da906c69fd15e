import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canonicalJson,
  canonicalRecord,
  cleanSummary,
  genesisHash,
  hashRecord,
} from './audit.hash.ts';

const content = {
  at: '2026-10-01T15:30:00.000Z',
  actorType: 'user' as const,
  actorId: '7',
  actorName: '王芳',
  orgCode: 'QY-ZWGK',
  action: 'accounts.user.create',
  targetType: 'user',
  targetId: '12',
  summary: { b: 1, a: { d: [2, { z: 1, y: null }], c: '清原' } },
  requestId: 'req-00000001',
  clientAddress: '10.0.0.8',
  prevHash: genesisHash,
};

describe('canonicalJson', () => {
  it('sorts keys at every depth, whatever order they were given in', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } }),
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('does not let integer-like keys jump ahead as JSON.stringify does', () => {
    assert.equal(canonicalJson({ b: 1, 10: 2, 9: 3 }), '{"10":2,"9":3,"b":1}');
  });
});

describe('hashRecord', () => {
  it('is the sha256 of a fixed-order array that ends with prev_hash', () => {
    assert.match(hashRecord(content), /^[0-9a-f]{64}$/);
    assert.ok(
      canonicalRecord(content).startsWith('["sunshine-audit-v1","2026-10-01T15:30:00.000Z"'),
    );
    assert.ok(canonicalRecord(content).endsWith(`"${genesisHash}"]`));
  });

  it('does not depend on the key order of the summary (jsonb reorders keys)', () => {
    const reordered = {
      ...content,
      summary: { a: { c: '清原', d: [2, { y: null, z: 1 }] }, b: 1 },
    };
    assert.equal(hashRecord(reordered), hashRecord(content));
  });

  it('changes when any field or the link changes', () => {
    const base = hashRecord(content);
    assert.notEqual(hashRecord({ ...content, action: 'accounts.user.delete' }), base);
    assert.notEqual(hashRecord({ ...content, at: '2026-10-01T15:30:00.001Z' }), base);
    assert.notEqual(hashRecord({ ...content, orgCode: null }), base);
    assert.notEqual(hashRecord({ ...content, prevHash: 'f'.repeat(64) }), base);
  });
});

describe('cleanSummary', () => {
  it('drops keys naming secrets at any depth', () => {
    assert.deepEqual(
      cleanSummary({
        login: 'wangfang',
        password: 'hunter2',
        passwordHash: '$argon2id$…',
        token: 't',
        nested: { tokenHash: 'h', secret: 's', clientSecret: 's', new_password: 'p', kept: 1 },
        list: [{ csrfToken: 'c', role: 'editor' }],
      }),
      { login: 'wangfang', nested: { kept: 1 }, list: [{ role: 'editor' }] },
    );
  });

  it('masks ID numbers, phones and e-mail in every string, and phones given as numbers', () => {
    assert.deepEqual(
      cleanSummary({
        idNumber: '11010519491231002X',
        contact: { phone: '13812345678', mobile: 13912345678, email: 'zhang.san@example.com' },
        notes: ['来电 024-53021234'],
        count: 141,
      }),
      {
        idNumber: '110***********002X',
        contact: { phone: '138****5678', mobile: '139****5678', email: 'z***@example.com' },
        notes: ['来电 024-****1234'],
        count: 141,
      },
    );
  });

  it('keeps only what jsonb can store as given: dates as ISO strings, no undefined, no NUL', () => {
    assert.deepEqual(
      cleanSummary({
        on: new Date('2026-10-01T00:00:00Z'),
        gone: undefined,
        text: 'a\u0000b',
        big: 12n,
        nan: Number.NaN,
        list: [undefined, 1],
      }),
      { on: '2026-10-01T00:00:00.000Z', text: 'ab', big: '12', nan: null, list: [null, 1] },
    );
  });
});
