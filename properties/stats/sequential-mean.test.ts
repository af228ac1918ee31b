/** sequentialMean on samples of known mean: decides inside / outside, stays undecided when too close. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequentialMean } from '../../src/stats/sequential-mean.js';

/** Uniform on {0, 0.001, …, 1}: mean 0.5, sd ≈ 0.289. */
const uniform = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((k) => k / 1000);
const draw = (look: number, size: number) => fc.sample(uniform, { seed: 11 + look, numRuns: size });

describe('sequentialMean', () => {
  it('decides inside at the first look when the range is wide', () => {
    // half-width at 200 samples: z(1 − 1e-6/10)·0.289/√200 ≈ 0.106 < 0.15
    const d = sequentialMean({ range: [0.35, 0.65], drawBatch: draw });
    expect(d.decision).toBe('inside');
    expect(d.n).toBe(200);
  });

  it('decides outside for a range that excludes the mean, looking further when needed', () => {
    expect(sequentialMean({ range: [0.6, 0.7], drawBatch: draw }).decision).toBe('outside');
    const close = sequentialMean({ range: [0.53, 0.6], drawBatch: draw });
    expect(close.decision).toBe('outside');
    expect(close.n).toBeGreaterThan(200);
  });

  it('stays undecided when the mean sits on the range edge', () => {
    const d = sequentialMean({ range: [0.5, 0.6], drawBatch: draw, maxTrials: 800 });
    expect(d.decision).toBe('undecided');
    expect(d.n).toBe(800);
  });
});
