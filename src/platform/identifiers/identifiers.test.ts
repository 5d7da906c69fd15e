import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vectors from './fixtures/uscc.json' with { type: 'json' };
import { isResidentId, residentIdProblem, usccProblem } from './index.ts';

describe('unified social credit code (GB 32100-2015)', () => {
  for (const code of vectors.valid) {
    it(`accepts ${code}`, () => assert.equal(usccProblem(code), null));
  }
  for (const [code, reason] of Object.entries(vectors.invalid)) {
    it(`refuses ${code}: ${reason}`, () => assert.equal(usccProblem(code), reason));
  }

  it('trims and upper-cases, and can skip the organisation-code check', () => {
    assert.equal(usccProblem(' 91330100716105852f '), null);
    assert.equal(usccProblem('91A30100716105852F'), 'region');
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
