import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vectors from './fixtures/uscc.json' with { type: 'json' };
import {
  generateUscc,
  isResidentId,
  residentIdProblem,
  usccCharset,
  UsccInputError,
  usccProblem,
} from './index.ts';

/** A random source that yields the given characters of the code's charset, in order. */
function spelling(chars: string): () => number {
  let i = 0;
  return () => (usccCharset.indexOf(chars[i++ % chars.length]!) + 0.5) / usccCharset.length;
}

/** mulberry32: a small seeded generator, so the 10,000-code test is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('unified social credit code (GB 32100-2015)', () => {
  for (const code of vectors.valid) {
    it(`accepts ${code}`, () => assert.equal(usccProblem(code), null));
  }
  for (const [code, reason] of Object.entries(vectors.invalid)) {
    it(`refuses ${code}: ${reason}`, () => assert.equal(usccProblem(code), reason));
  }

  it('trims and upper-cases', () => {
    assert.equal(usccProblem(' 91330100716105852f '), null);
  });

  it('checks the charset by position: positions 3–8 are digits (RULES.md §3.1)', () => {
    assert.equal(usccProblem('91A30100716105852F'), 'charset');
    assert.equal(usccProblem('9133010071610585-F'), 'charset');
  });

  it('names a wrong organisation-code character once the 18th is right, unless told not to', () => {
    // 91330100716105852F with the 17th character changed to 3 and the one right 18th character.
    const candidates = [...usccCharset].map((c) => `91330100716105853${c}`);
    const wrongOrg = candidates.filter((c) => usccProblem(c) !== 'checkDigit18');
    assert.equal(wrongOrg.length, 1);
    assert.equal(usccProblem(wrongOrg[0]!), 'orgCheckDigit');
    assert.equal(usccProblem(wrongOrg[0]!, { strictOrgCheck: false }), null);
  });

  it('checks length before charset, charset before the check characters', () => {
    assert.equal(usccProblem('91330100716105852FI'), 'length');
    assert.equal(usccProblem('9133010071610585ZZ'), 'charset');
  });
});

describe('generateUscc', () => {
  it('rebuilds a known code from its parts (both check characters)', () => {
    const code = generateUscc({ region: '440300', category: '1', random: spelling('10001686') });
    assert.equal(code, '9144030010001686XA');
  });

  it('puts the authority, category and region in front', () => {
    const code = generateUscc({ region: '210423', category: '2' });
    assert.match(code, /^92210423/);
    assert.equal(
      generateUscc({ region: '100000', category: '2', authority: '1' }).slice(0, 2),
      '12',
    );
  });

  it('makes 10,000 codes, all valid and all distinct', () => {
    const random = seeded(20261128);
    const codes = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const code = generateUscc({ region: '210423', category: '1', random });
      assert.equal(usccProblem(code), null, code);
      codes.add(code);
    }
    assert.equal(codes.size, 10_000);
  });

  it('refuses a region that is not 6 digits and a category outside the charset', () => {
    assert.throws(() => generateUscc({ region: '21042', category: '1' }), UsccInputError);
    assert.throws(() => generateUscc({ region: '21042A', category: '1' }), UsccInputError);
    assert.throws(() => generateUscc({ region: '210423', category: 'I' }), UsccInputError);
    assert.throws(() => generateUscc({ region: '210423', category: '12' }), UsccInputError);
  });
});

describe('resident ID number (GB 11643-1999)', () => {
  // The standard's own example number (GB 11643-1999 附录), and the same with a wrong check digit.
  it('accepts a number whose check digit is right, X included', () => {
    assert.ok(isResidentId('11010519491231002X'));
    assert.ok(isResidentId('440524188001010014'));
  });
  it('names what is wrong', () => {
    assert.equal(residentIdProblem('110105194912310021'), 'checkDigit');
    assert.equal(residentIdProblem('11010519491331002X'), 'birthDate');
    assert.equal(residentIdProblem('1101051949123100'), 'length');
    assert.equal(residentIdProblem('1101051949123100AX'), 'charset');
  });
});
