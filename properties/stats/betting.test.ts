/**
 * The betting confidence sequence against an independent recomputation (properties/support/
 * betting-oracle.ts: direct products, hedge ½ written out): it stops at the oracle's first
 * deciding sample, its interval ends are where the oracle's capital crosses 1/α, and the
 * ledger's runMean / runRate print and use α = 1e-6 and the check's bounds [a, b].
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMean, runRate } from '../../src/claims/run-statistics.js';
import { BettingSequence } from '../../src/stats/betting.js';
import { type ClaimedRange, sequentialMean } from '../../src/stats/sequential-mean.js';
import { mulberry32 } from '../../src/random/rng.js';
import { oracleRejects, oracleStop } from '../support/betting-oracle.js';

/** n draws of a + (b − a)·U^power from a seeded uniform source. */
const stream = (seed: number, n: number, [a, b]: readonly [number, number], power: number) => {
  const u = mulberry32(seed);
  return Array.from({ length: n }, () => a + (b - a) * u() ** power);
};
const replay = (xs: readonly number[]) => (batch: number, size: number) => xs.slice(batch * 25, batch * 25 + size);

/** A fast-check arbitrary whose every drawn value is recorded, in order. */
const recorded = (arb: fc.Arbitrary<number>) => {
  const seen: number[] = [];
  return { seen, arbitrary: arb.map((x) => (seen.push(x), x)) };
};

/** Checks [lo, hi] against the oracle: each end is rejected, a step inside it is not. */
const expectEndsAtOracle = (xs: readonly number[], bounds: readonly [number, number], lo: number, hi: number, alpha: number) => {
  const step = 1e-6 * (bounds[1] - bounds[0]);
  if (lo > bounds[0]) expect(oracleRejects(xs, bounds, lo, alpha)).toBe('above');
  expect(oracleRejects(xs, bounds, lo + step, alpha)).toBe(false);
  if (hi < bounds[1]) expect(oracleRejects(xs, bounds, hi, alpha)).toBe('below');
  expect(oracleRejects(xs, bounds, hi - step, alpha)).toBe(false);
};

const CASES: { name: string; bounds: readonly [number, number]; power: number; claimed: ClaimedRange; alpha: number }[] = [
  { name: 'skewed 2 + 3U⁶ (mean 2.43) inside [2.2, 2.7]', bounds: [2, 5], power: 6, claimed: { lo: 2.2, hi: 2.7 }, alpha: 1e-6 },
  { name: 'uniform on [−1, 3] (mean 1) outside [1.3, 2]', bounds: [-1, 3], power: 1, claimed: { lo: 1.3, hi: 2 }, alpha: 1e-6 },
  { name: 'cosine-like 1 − 2U³ (mean 0.5) above 0.35, α = 0.01', bounds: [-1, 1], power: 3, claimed: { lo: 0.35 }, alpha: 0.01 },
];

describe('BettingSequence against the independent oracle', () => {
  it.each(CASES)('$name: stops where the oracle first decides, with the oracle’s interval', ({ bounds, power, claimed, alpha }) => {
    // Arrange
    const xs = stream(2024, 1500, bounds, power).map((x) => (power === 3 ? bounds[0] + bounds[1] - x : x));
    // Act
    const d = sequentialMean({ claimed, bounds, alpha, drawBatch: replay(xs), maxTrials: 1500 });
    // Assert
    const o = oracleStop(xs.slice(0, d.n + 1), bounds, claimed, alpha);
    expect(d.decision).not.toBe('undecided');
    expect([d.decision, d.n]).toEqual([o.decision, o.t]);
    expectEndsAtOracle(xs.slice(0, d.n), bounds, d.lo, d.hi, alpha);
    expect(d.lo).toBeLessThanOrEqual(d.mean);
    expect(d.mean).toBeLessThanOrEqual(d.hi);
  });

  it('undecided: both ends of the interval sit where the oracle crosses 1/α', () => {
    const xs = stream(7, 300, [0, 1], 1);
    const d = sequentialMean({ claimed: { lo: 0.45, hi: 0.55 }, bounds: [0, 1], drawBatch: replay(xs), maxTrials: 300 });
    expect(d.decision).toBe('undecided');
    expect(d.lo).toBeGreaterThan(0);
    expect(d.hi).toBeLessThan(1);
    expectEndsAtOracle(xs, [0, 1], d.lo, d.hi, 1e-6);
  });

  it('the capitals are monotone in m, so the unrejected means form an interval', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (seed, m1, m2) => {
        const seq = new BettingSequence([0, 1], 1e-6);
        for (const x of stream(seed, 60, [0, 1], 2)) seq.push(x);
        const [lo, hi] = [Math.min(m1, m2), Math.max(m1, m2)];
        const [a, b] = [seq.logCapital(lo), seq.logCapital(hi)];
        return a.up >= b.up && a.down <= b.down;
      }),
      { seed: 15, numRuns: 100 },
    );
  });
});

describe('runMean and runRate: α = 1e-6, the check’s bounds, the oracle’s stopping sample', () => {
  it.each([
    { name: 'default bounds [−1, 1]', bounds: undefined, oracleBounds: [-1, 1] as const, scale: (k: number) => 0.9 - 1.2 * (k / 1000) ** 2, range: [0.3, 0.8] as const },
    { name: 'declared bounds [2, 5]', bounds: [2, 5] as const, oracleBounds: [2, 5] as const, scale: (k: number) => 2 + 3 * (k / 1000) ** 4, range: [2.3, 2.9] as const },
  ])('runMean with $name', ({ bounds, oracleBounds, scale, range }) => {
    // Arrange
    const { seen, arbitrary } = recorded(fc.noBias(fc.integer({ min: 0, max: 1000 })).map(scale));
    // Act
    const r = runMean({ kind: 'mean', label: 'm', range, samples: arbitrary, ...(bounds ? { bounds } : {}) }, 99);
    // Assert
    const o = oracleStop(seen.slice(0, r.runs), oracleBounds, { lo: range[0], hi: range[1] }, 1e-6);
    expect([r.verdict, r.runs]).toEqual(['supported', o.t]);
    expect(o.decision).toBe('inside');
    expect(r.stats!.alpha).toBe(1e-6);
    expect(r.evidence).toMatch(new RegExp(`over ${r.runs} samples, betting confidence sequence \\[0?\\.?[\\d.]+, [\\d.]+\\] \\(width [\\d.]+\\) at α = 1e-6, claimed in \\[${range[0]}, ${range[1]}\\]`));
    expect(r.stats!.lo).toBeLessThanOrEqual(r.stats!.estimate);
    expect(r.stats!.estimate).toBeLessThanOrEqual(r.stats!.hi);
    expectEndsAtOracle(seen.slice(0, r.runs), oracleBounds, r.stats!.lo, r.stats!.hi, 1e-6);
  });

  it('runMean refuses a sample outside its bounds ([−1, 1] by default) rather than deciding on it', () => {
    const samples = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((k) => 10 * (k / 1000) ** 2); // Arrange
    const run = () => runMean({ kind: 'mean', label: 'u', range: [2, 5], samples }, 3); // Act
    expect(run).toThrow(/outside the bounds \[-1, 1\]/); // Assert
  });

  it('runRate decides P(U < 0.3) > 0.2 where the oracle does, printing α = 1e-6', () => {
    const { seen, arbitrary } = recorded(fc.noBias(fc.integer({ min: 0, max: 999 })).map((k) => (k < 300 ? 1 : 0)));
    const r = runRate({ kind: 'rate', label: 'r', threshold: 0.2, direction: 'above', trial: arbitrary.map((y) => y === 1) }, 5);
    const o = oracleStop(seen.slice(0, r.runs), [0, 1], { lo: 0.2 }, 1e-6);
    expect([r.verdict, r.runs, o.decision]).toEqual(['supported', o.t, 'inside']);
    expect(r.stats!.alpha).toBe(1e-6);
    expect(r.evidence).toMatch(/betting confidence sequence \[0\.\d+, 0\.\d+\] \(width 0\.\d+\) at α = 1e-6, claimed > 0.2/);
    expectEndsAtOracle(seen.slice(0, r.runs), [0, 1], r.stats!.lo, r.stats!.hi, 1e-6);
  });
});
