import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskDeep, maskPersonalData } from './index.ts';

describe('maskPersonalData', () => {
  it('masks resident ID numbers, keeping only the ends', () => {
    assert.equal(
      maskPersonalData('身份证 11010519491231002X 已核验'),
      '身份证 110***********002X 已核验',
    );
  });

  it('masks mobile and landline numbers', () => {
    assert.equal(maskPersonalData('tel 13812345678'), 'tel 138****5678');
    assert.equal(maskPersonalData('024-53021234'), '024-****1234');
  });

  it('masks e-mail addresses', () => {
    assert.equal(maskPersonalData('zhang.san@example.com'), 'z***@example.com');
  });

  it('leaves request ids, timestamps and years alone', () => {
    const text = 'req 6f1c2d3e-4b5a-4c6d-8e7f-901234567890 at 1795829981755 in 2026';
    assert.equal(maskPersonalData(text), text);
  });

  it('masks strings inside plain objects but leaves other objects to their serializers', () => {
    const error = new Error('x');
    const masked = maskDeep({
      body: { phone: '13912345678' },
      list: ['13912345678'],
      err: error,
    }) as {
      body: { phone: string };
      list: string[];
      err: Error;
    };
    assert.equal(masked.body.phone, '139****5678');
    assert.equal(masked.list[0], '139****5678');
    assert.equal(masked.err, error);
  });
});
