import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { Interval } from './binomial.js';

export interface MeanEstimate extends Interval {
  readonly mean: number;
  readonly n: number;
}

/**
 * Mean of n i.i.d. samples with a two-sided normal-approximation (CLT) interval,
 * mean ± z_{1−α/2}·sd/√n (sd the sample standard deviation). Approximate: for
 * bounded values such as cosines and n in the hundreds the CLT error is small.
 * Used only for reproduce's descriptive 95% intervals: no verdict rests on it (the
 * ledger's means are decided by the betting sequence, src/stats/sequential-mean.ts).
 */
export function meanInterval(samples: readonly number[], alpha: number): MeanEstimate {
  const n = samples.length;
  if (n < 2) throw new RangeError(`meanInterval: need at least 2 samples, got ${n}`);
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const half = normalQuantile(1 - alpha / 2, 0, 1) * Math.sqrt(variance / n);
  return { mean, n, lo: mean - half, hi: mean + half };
}
