/**
 * expectRate on events of known probability: it passes true bounds, fails false ones,
 * fails a bound left undecided (unless told to allow it), stops early once decided, and
 * replays from its seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRate } from '../support/expect-rate.js';

/** An event of probability p exactly: a uniform integer below p·10⁶ out of 10⁶. */
const bernoulli = (p: number) => fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((k) => k < p * 1_000_000);

describe('expectRate', () => {
  it('passes a true bound, deciding early when the margin is wide', () => {
    const d = expectRate('p=0.3 ≥ 0.1', bernoulli(0.3), { atLeast: 0.1 });
    expect(d.decision).toBe('above');
    expect(d.trials).toBeLessThan(1600); // decided before the budget (the trial it stops at depends on the seed)
    expect(d.lo).toBeLessThanOrEqual(0.3);
    expect(d.hi).toBeGreaterThanOrEqual(0.3);
    expect(d.alpha).toBe(1e-6);
  });

  it('fails a bound claimed above the truth, and one claimed below it', () => {
    expect(() => expectRate('p=0.3 ≥ 0.45', bernoulli(0.3), { atLeast: 0.45 })).toThrow(/claimed P ≥ 0.45, but the rate is 0\.\d+/);
    expect(() => expectRate('p=0.3 ≤ 0.15', bernoulli(0.3), { atMost: 0.15 })).toThrow(/claimed P ≤ 0.15/);
  });

  it('fails a bound too close to the truth to settle within the budget, and returns it undecided when allowed', () => {
    expect(() => expectRate('p=0.3 ≥ 0.3', bernoulli(0.3), { atLeast: 0.3 }, { maxTrials: 200 })).toThrow(/P ≥ 0.3 undecided after 200 trials/);
    const d = expectRate('p=0.3 ≥ 0.3', bernoulli(0.3), { atLeast: 0.3 }, { maxTrials: 200, allowUndecided: true });
    expect(d.decision).toBe('undecided');
    expect(d.trials).toBe(200);
  });

  it('replays: the same seed gives the same trials and interval', () => {
    const a = expectRate('replay', bernoulli(0.6), { atLeast: 0.1 }, { seed: 42 });
    const b = expectRate('replay', bernoulli(0.6), { atLeast: 0.1 }, { seed: 42 });
    expect(b).toEqual(a);
  });
});
