import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vectors from './fixtures/fees.json' with { type: 'json' };
import { perCaseFee, perVolumeFee } from './fees.ts';

describe('信息处理费 (国办函〔2020〕109号)', () => {
  for (const [k, fee] of vectors.perCase) {
    it(`case ${k} of the month costs ${fee} 元`, () => assert.equal(perCaseFee(k!), fee));
  }
  for (const [pages, fee] of vectors.perVolume) {
    it(`${pages} pages cost ${fee} 元 in all`, () => assert.equal(perVolumeFee(pages!), fee));
  }
  it('refuses nonsense', () => {
    assert.throws(() => perCaseFee(0), RangeError);
    assert.throws(() => perVolumeFee(-1), RangeError);
  });
});
