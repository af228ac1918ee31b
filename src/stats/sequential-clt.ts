import { lookSchedule } from './looks.js';
import { type MeanEstimate, meanInterval } from './mean.js';

/** The CLT test, for a mean check declared unbounded: approximate, as no exact test exists without a bound. */
export interface SequentialCltOptions {
  /** The claimed range [a, b] of the mean. */
  range: readonly [number, number];
  /** Draws the k-th look's samples. */
  drawBatch(look: number, size: number): number[];
  /** Total false-decision probability, split evenly over the looks. @defaultValue 1e-6 */
  alpha?: number;
  /** Samples in the first look; each later look doubles the total. @defaultValue 200 */
  firstLook?: number;
  /** Stop undecided after this many samples. @defaultValue 3200 */
  maxTrials?: number;
}

export interface CltDecision extends MeanEstimate {
  /** inside: [lo, hi] ⊆ [a, b]; outside: disjoint; undecided otherwise, after maxTrials. */
  readonly decision: 'inside' | 'outside' | 'undecided';
  readonly alphaPerLook: number;
}

/**
 * Sequential test of a mean against a range: looks at n₁, 2n₁, … samples, each with a
 * CLT interval at level α/looks (src/stats/mean.ts), stopping at the first decisive look.
 * Approximate (the CLT): used only for variables declared unbounded (T8's Gaussian
 * moments); a bounded variable gets the exact betting sequence (sequential-mean.ts).
 */
export function sequentialCltMean(options: SequentialCltOptions): CltDecision {
  const [a, b] = options.range;
  const { totals, alphaPerLook } = lookSchedule(options.firstLook ?? 200, options.maxTrials ?? 3200, options.alpha ?? 1e-6);
  const samples: number[] = [];
  let result: CltDecision | undefined;
  for (const [look, total] of totals.entries()) {
    samples.push(...options.drawBatch(look, total - samples.length));
    const m = meanInterval(samples, alphaPerLook);
    const decision = m.lo >= a && m.hi <= b ? 'inside' : m.hi < a || m.lo > b ? 'outside' : 'undecided';
    result = { ...m, decision, alphaPerLook };
    if (decision !== 'undecided') break;
  }
  return result!;
}
