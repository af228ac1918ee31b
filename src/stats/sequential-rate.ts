import type { Interval } from './binomial.js';
import { sequentialMean } from './sequential-mean.js';

export interface SequentialRateOptions {
  /** The claimed bound p in "P(event) > p" (or < p). */
  threshold: number;
  /** Draws the k-th batch of trials (k = 0, 1, …): did the event hold in each? */
  drawBatch(batch: number, size: number): readonly boolean[];
  /** P(a wrong decision), for every stopping rule at once. @defaultValue 1e-6 */
  alpha?: number;
  /** Trials per batch; the test looks after every trial. @defaultValue 25 */
  batchSize?: number;
  /** Stop undecided after this many trials. @defaultValue 1600 */
  maxTrials?: number;
}

export interface RateDecision extends Interval {
  /** above: the sequence lies above p; below: below p; undecided: p still inside after maxTrials. */
  readonly decision: 'above' | 'below' | 'undecided';
  readonly held: number;
  readonly trials: number;
  readonly estimate: number;
  /** The sequence's α: [lo, hi] (and every earlier set) cover the rate with probability ≥ 1 − α, jointly. */
  readonly alpha: number;
  readonly method: string;
}

/**
 * Sequential test of a rate against a threshold: the betting confidence sequence for the
 * mean of the event's indicator (bounded in [0, 1]; src/stats/sequential-mean.ts), which
 * looks after every trial and stops once it excludes p. P(any wrong decision) ≤ α.
 * Measured on the ledger's rate claims, it decides with fewer trials than Clopper–Pearson
 * with α split over doubling looks (proofs/statistics.md).
 */
export function sequentialRate(options: SequentialRateOptions): RateDecision {
  const { threshold, drawBatch } = options;
  const d = sequentialMean({
    claimed: { lo: threshold },
    bounds: [0, 1],
    alpha: options.alpha,
    batchSize: options.batchSize,
    maxTrials: options.maxTrials ?? 1600,
    drawBatch: (batch, size) => drawBatch(batch, size).map((held) => (held ? 1 : 0)),
  });
  const decision = d.decision === 'inside' ? 'above' : d.decision === 'outside' ? 'below' : 'undecided';
  const held = Math.round(d.mean * d.n);
  return { decision, held, trials: d.n, estimate: d.mean, lo: d.lo, hi: d.hi, alpha: d.alpha, method: d.method };
}
