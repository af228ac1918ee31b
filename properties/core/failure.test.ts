/** What counts as a claim's failure (a counterexample) and what is an error; how search runs are shared. */
import assert from 'node:assert';
import { describe, expect, it } from 'vitest';
import { ExactnessError } from '../../src/algebra/exact-field.js';
import { NotPolynomial } from '../../src/algebra/degree-field.js';
import { shares } from '../../src/certify/exact-search.js';
import { ClaimFailure, isFailureSignal } from '../../src/lang/failure.js';
import { judge } from '../../src/claims/run-identity.js';
import { InputError } from '../../src/io/input-error.js';
import { F } from '../support/exact-net.js';

const thrown = (f: () => void): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('failure signals', () => {
  it('ClaimFailure, AssertionError and a plain Error are failures; TypeError, RangeError and the tool\'s own errors are not', () => {
    for (const e of [new ClaimFailure('x = -1 < 0'), thrown(() => assert.ok(false)), thrown(() => expect(1).toBe(2)), new Error('mine')]) expect(isFailureSignal(e), String(e)).toBe(true);
    for (const e of [new TypeError('x'), new RangeError('x'), new InputError('x'), new ExactnessError('x'), new NotPolynomial('x'), 'a string', undefined]) expect(isFailureSignal(e), String(e)).toBe(false);
  });

  it('a predicate fails by false or a negative margin (number or exact), carrying the margin; NaN is an error', () => {
    expect(() => judge(true)).not.toThrow();
    expect(() => judge(undefined)).not.toThrow();
    expect(() => judge(0)).not.toThrow();
    expect(() => judge(F.parse('0'))).not.toThrow();
    expect(thrown(() => judge(false))).toBeInstanceOf(ClaimFailure);
    expect((thrown(() => judge(-0.5)) as ClaimFailure).quantity).toBe('margin -0.5 < 0');
    expect((thrown(() => judge(F.parse('-0.75'))) as ClaimFailure).quantity).toBe('margin -0.75 < 0');
    expect(thrown(() => judge(Number.NaN))).toBeInstanceOf(TypeError);
  });
});

describe('search runs', () => {
  it('are shared exactly, every shape getting at least half an even share, smaller shapes more', () => {
    for (const [total, n] of [[3000, 8], [600, 6], [100, 7], [5, 5]] as const) {
      const s = shares(total, n);
      expect(s.reduce((a, b) => a + b, 0)).toBe(total);
      for (const x of s) expect(x).toBeGreaterThanOrEqual(Math.floor(total / (2 * n)));
      for (let k = 1; k < n; k++) expect(s[k - 1]!).toBeGreaterThanOrEqual(s[k]!);
    }
  });
});
