/** sequentialMean on samples of known mean: decides inside / outside, stays undecided when too close. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequentialMean } from '../../src/stats/sequential-mean.js';

/** Uniform on {0, 0.001, …, 1}: mean 0.5. */
const uniform = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((k) => k / 1000);
const draw = (batch: number, size: number) => fc.sample(uniform, { seed: 11 + batch, numRuns: size });

describe('sequentialMean (betting confidence sequence)', () => {
  it('decides inside a wide range, looking after every sample', () => {
    // Act
    const d = sequentialMean({ claimed: { lo: 0.3, hi: 0.7 }, bounds: [0, 1], drawBatch: draw });
    // Assert
    expect(d.decision).toBe('inside');
    expect(d.n).toBeLessThan(3200);
    expect(0.3).toBeLessThanOrEqual(d.lo);
    expect(d.lo).toBeLessThan(0.5);
    expect(d.hi).toBeGreaterThan(0.5);
    expect(d.hi).toBeLessThanOrEqual(0.7);
  });

  it('decides outside for a range that excludes the mean, on either side', () => {
    const above = sequentialMean({ claimed: { lo: 0.6, hi: 0.7 }, bounds: [0, 1], drawBatch: draw });
    const below = sequentialMean({ claimed: { lo: 0.2, hi: 0.4 }, bounds: [0, 1], drawBatch: draw });
    expect(above.decision).toBe('outside');
    expect(above.hi).toBeLessThan(0.6);
    expect(below.decision).toBe('outside');
    expect(below.lo).toBeGreaterThan(0.4);
  });

  it('stays undecided when the mean sits on the range edge', () => {
    const d = sequentialMean({ claimed: { lo: 0.5, hi: 0.6 }, bounds: [0, 1], drawBatch: draw, maxTrials: 800 });
    expect(d.decision).toBe('undecided');
    expect(d.n).toBe(800);
    expect(d.lo).toBeLessThan(0.5);
  });

  it('refuses a sample outside the declared bounds, and cosine bounds [−1, 1] by default', () => {
    const shifted = (batch: number, size: number) => draw(batch, size).map((x) => x + 0.5);
    expect(() => sequentialMean({ claimed: { lo: 0.3, hi: 0.7 }, bounds: [0, 1], drawBatch: shifted })).toThrow(/outside the bounds \[0, 1\]/);
    const fromMinus = (batch: number, size: number) => draw(batch, size).map((x) => -x);
    expect(sequentialMean({ claimed: { lo: -0.7, hi: -0.3 }, drawBatch: fromMinus }).decision).toBe('inside');
  });
});
