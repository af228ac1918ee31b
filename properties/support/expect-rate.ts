import type fc from 'fast-check';
import { defaultSeed } from '../../src/claims/run-claim.js';
import { decideRate } from '../../src/claims/run-statistics.js';
import type { RateDecision } from '../../src/stats/sequential-rate.js';

/** A claimed bound on P(event): at least p, or at most p. */
export type RateBound = { readonly atLeast: number } | { readonly atMost: number };

export interface ExpectRateOptions {
  /** fast-check seed of the trials. @defaultValue WHY_ALIGNMENT_SEED, else a hash of `name` */
  seed?: number;
  /** Stop undecided after this many trials. @defaultValue 1600, or 25600 with STATS_SIZE=large */
  maxTrials?: number;
  /** Probability of failing a true claim. @defaultValue 1e-6 */
  alpha?: number;
}

export const LARGE = process.env.STATS_SIZE === 'large';


/**
 * Asserts "P(event) ≥ p" (or ≤ p) over trials drawn by fast-check from a seed. It is
 * decided by the sequential Clopper–Pearson test (src/stats/sequential-rate.ts): it stops
 * at the first look whose interval excludes p, and fails only when the interval lies on
 * the wrong side of p. A true claim therefore fails with probability ≤ alpha, and an
 * undecided run passes, saying so in the returned decision.
 */
export function expectRate(name: string, trial: fc.Arbitrary<boolean>, bound: RateBound, options: ExpectRateOptions = {}): RateDecision {
  const envSeed = process.env.WHY_ALIGNMENT_SEED;
  const seed = options.seed ?? (envSeed ? Number(envSeed) + defaultSeed(name) : defaultSeed(name));
  const threshold = 'atLeast' in bound ? bound.atLeast : bound.atMost;
  const d = decideRate(trial, threshold, { seed, alpha: options.alpha, maxTrials: options.maxTrials ?? (LARGE ? 25600 : 1600) });
  const wrongSide = 'atLeast' in bound ? 'below' : 'above';
  if (d.decision === wrongSide) {
    const claimed = 'atLeast' in bound ? `≥ ${threshold}` : `≤ ${threshold}`;
    throw new Error(
      `${name}: claimed P ${claimed}, but the rate is ${d.estimate.toFixed(3)} (${d.held}/${d.trials}), ` +
        `Clopper–Pearson [${d.lo.toFixed(3)}, ${d.hi.toFixed(3)}] at 1 − ${d.alphaPerLook.toExponential(1)}; seed ${seed}`,
    );
  }
  return d;
}
