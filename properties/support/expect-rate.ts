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
  /** Return an undecided result instead of failing on it. @defaultValue false */
  allowUndecided?: boolean;
}

export const LARGE = process.env.STATS_SIZE === 'large';

const text = (bound: RateBound) => ('atLeast' in bound ? `≥ ${bound.atLeast}` : `≤ ${bound.atMost}`);

/**
 * Asserts "P(event) ≥ p" (or ≤ p) over trials drawn by fast-check from a seed, decided by
 * the betting confidence sequence (src/stats/sequential-rate.ts): it looks after every
 * trial and stops once the sequence excludes p. It fails when the sequence lies on the
 * wrong side of p ("claimed P … but the rate is …"), which happens to a true claim with
 * probability ≤ alpha, and, unless allowUndecided, when the budget ends undecided.
 */
export function expectRate(name: string, trial: fc.Arbitrary<boolean>, bound: RateBound, options: ExpectRateOptions = {}): RateDecision {
  const envSeed = process.env.WHY_ALIGNMENT_SEED;
  const seed = options.seed ?? (envSeed ? Number(envSeed) + defaultSeed(name) : defaultSeed(name));
  const threshold = 'atLeast' in bound ? bound.atLeast : bound.atMost;
  const d = decideRate(trial, threshold, { seed, alpha: options.alpha, maxTrials: options.maxTrials ?? (LARGE ? 25600 : 1600) });
  const numbers = `rate is ${d.estimate.toFixed(3)} (${d.held}/${d.trials}), betting confidence sequence [${d.lo.toFixed(3)}, ${d.hi.toFixed(3)}] at α = ${d.alpha.toExponential()}; seed ${seed}`;
  if (d.decision === ('atLeast' in bound ? 'below' : 'above')) throw new Error(`${name}: claimed P ${text(bound)}, but the ${numbers}`);
  if (d.decision === 'undecided' && !options.allowUndecided) {
    throw new Error(`${name}: P ${text(bound)} undecided after ${d.trials} trials (${numbers}): raise maxTrials or move the bound`);
  }
  return d;
}
