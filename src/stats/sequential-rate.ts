import { clopperPearson, type Interval } from './binomial.js';

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
  const alpha = options.alpha ?? 1e-6;
  const first = options.firstLook ?? 50;
  const max = options.maxTrials ?? 1600;
  const looks = Math.max(1, Math.ceil(Math.log2(max / first)) + 1);
  const alphaPerLook = alpha / looks;
  let [held, trials] = [0, 0];
  for (let look = 0; look < looks; look++) {
    const size = Math.min(max, first * 2 ** look) - trials;
    const batch = drawBatch(look, size);
    held += batch.held;
    trials += batch.trials;
    const { lo, hi } = clopperPearson(held, trials, alphaPerLook);
    const decision = lo > threshold ? 'above' : hi < threshold ? 'below' : 'undecided';
    if (decision !== 'undecided' || trials >= max) {
      return { decision, held, trials, estimate: held / trials, lo, hi, alphaPerLook };
    }
  }
  throw new Error('sequentialRate: unreachable (the last look reaches maxTrials)');
}
