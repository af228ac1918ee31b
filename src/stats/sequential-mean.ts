import { type MeanEstimate, meanInterval } from './mean.js';

export interface SequentialMeanOptions {
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

export interface MeanDecision extends MeanEstimate {
  /** inside: [lo, hi] ⊆ [a, b]; outside: disjoint; undecided otherwise, after maxTrials. */
  readonly decision: 'inside' | 'outside' | 'undecided';
  readonly alphaPerLook: number;
}

/**
 * Sequential test of a mean against a range: looks at n₁, 2n₁, … samples, each with a
 * CLT interval at level α/looks (src/stats/mean.ts), stopping at the first decisive look.
 */
export function sequentialMean(options: SequentialMeanOptions): MeanDecision {
  const [a, b] = options.range;
  const alpha = options.alpha ?? 1e-6;
  const first = options.firstLook ?? 200;
  const max = options.maxTrials ?? 3200;
  const looks = Math.max(1, Math.ceil(Math.log2(max / first)) + 1);
  const alphaPerLook = alpha / looks;
  const samples: number[] = [];
  for (let look = 0; look < looks; look++) {
    samples.push(...options.drawBatch(look, Math.min(max, first * 2 ** look) - samples.length));
    const m = meanInterval(samples, alphaPerLook);
    const decision = m.lo >= a && m.hi <= b ? 'inside' : m.hi < a || m.lo > b ? 'outside' : 'undecided';
    if (decision !== 'undecided' || samples.length >= max) return { ...m, decision, alphaPerLook };
  }
  throw new Error('sequentialMean: unreachable (the last look reaches maxTrials)');
}
