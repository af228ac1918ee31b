import { clopperPearson, type Interval } from './binomial.js';
import { lookSchedule } from './looks.js';

export interface SequentialRateOptions {
  /** The claimed bound p in "P(event) > p" (or < p). */
  threshold: number;
  /** Draws one batch of trials (the k-th look), returning how many held. */
  drawBatch(look: number, size: number): { held: number; trials: number };
  /**
   * Total false-decision probability, split evenly over the looks (Bonferroni),
   * so stopping early never inflates it.
   * @defaultValue 1e-6
   */
  alpha?: number;
  /** Trials in the first look; each later look doubles the total. @defaultValue 50 */
  firstLook?: number;
  /** Stop undecided after this many trials. @defaultValue 1600 */
  maxTrials?: number;
}

export interface RateDecision extends Interval {
  /** above: lo > p; below: hi < p; undecided: p ∈ [lo, hi] after maxTrials. */
  readonly decision: 'above' | 'below' | 'undecided';
  readonly held: number;
  readonly trials: number;
  readonly estimate: number;
  /** Confidence level of [lo, hi]: 1 − α/looks. */
  readonly alphaPerLook: number;
}

/**
 * Sequential test of a rate against a threshold: looks at n₁, 2n₁, 4n₁, … trials,
 * each with a Clopper–Pearson interval at level α/looks, and stops at the first
 * look whose interval excludes p. P(any wrong decision) ≤ α.
 */
export function sequentialRate(options: SequentialRateOptions): RateDecision {
  const { threshold, drawBatch } = options;
  const { totals, alphaPerLook } = lookSchedule(options.firstLook ?? 50, options.maxTrials ?? 1600, options.alpha ?? 1e-6);
  let [held, trials] = [0, 0];
  let result: RateDecision | undefined;
  for (const [look, total] of totals.entries()) {
    const batch = drawBatch(look, total - trials);
    held += batch.held;
    trials += batch.trials;
    const { lo, hi } = clopperPearson(held, trials, alphaPerLook);
    const decision = lo > threshold ? 'above' : hi < threshold ? 'below' : 'undecided';
    result = { decision, held, trials, estimate: held / trials, lo, hi, alphaPerLook };
    if (decision !== 'undecided') break;
  }
  return result!;
}
