import { BettingSequence } from './betting.js';
import type { Interval } from './binomial.js';

/** A claimed range for a mean: at least lo, at most hi (either may be absent). */
export interface ClaimedRange {
  readonly lo?: number;
  readonly hi?: number;
}

export interface SequentialMeanOptions {
  /** The claimed range of the mean, e.g. { lo: 0.55, hi: 0.75 } or, for "P > p", { lo: p }. */
  claimed: ClaimedRange;
  /** [a, b], known to contain every sample. @defaultValue [−1, 1] (a cosine) */
  bounds?: readonly [number, number];
  /** Draws the k-th batch of samples (k = 0, 1, …). */
  drawBatch(batch: number, size: number): readonly number[];
  /** P(a wrong decision), for every stopping rule at once. @defaultValue 1e-6 */
  alpha?: number;
  /** Samples per batch; the test looks after every sample. @defaultValue 25 */
  batchSize?: number;
  /** Stop undecided after this many samples. @defaultValue 3200 */
  maxTrials?: number;
}

export interface MeanDecision extends Interval {
  /** inside: the sequence lies inside the claimed range; outside: disjoint from it; undecided otherwise, after maxTrials. */
  readonly decision: 'inside' | 'outside' | 'undecided';
  /** Sample mean. */
  readonly mean: number;
  /** Samples used: the test stopped after the n-th. */
  readonly n: number;
  /** The sequence's α: [lo, hi] and every earlier set cover the mean with probability ≥ 1 − α, jointly. */
  readonly alpha: number;
  readonly method: string;
}

export const BETTING_METHOD = 'betting confidence sequence (hedged, Waudby-Smith–Ramdas)';

/**
 * Sequential test of a mean against a claimed range, by the betting confidence sequence
 * (src/stats/betting.ts). It looks after every sample and stops at the first that decides:
 * inside when the sequence excludes every mean below lo and above hi, outside when it
 * excludes the whole range. P(a wrong decision) ≤ α, as the sequence holds at all times.
 */
export function sequentialMean(options: SequentialMeanOptions): MeanDecision {
  const { claimed, drawBatch } = options;
  const [a, b] = options.bounds ?? [-1, 1];
  const alpha = options.alpha ?? 1e-6;
  const [size, max] = [options.batchSize ?? 25, options.maxTrials ?? 3200];
  const ends = [claimed.lo, claimed.hi].filter((x): x is number => x !== undefined);
  if (ends.length === 2 && !(ends[0]! <= ends[1]!)) throw new RangeError(`sequentialMean: empty claimed range [${ends}]`);
  const seq = new BettingSequence([a, b], alpha, ends.filter((x) => a <= x && x <= b));
  // The sequence lies above x (excludes every mean ≤ x), or below x.
  const above = (x: number) => x < a || (x <= b && seq.rejects(x) === 'above');
  const below = (x: number) => x > b || (x >= a && seq.rejects(x) === 'below');
  const decide = (): MeanDecision['decision'] => {
    const { lo, hi } = claimed;
    if ((lo === undefined || above(lo)) && (hi === undefined || below(hi))) return 'inside';
    if ((lo !== undefined && below(lo)) || (hi !== undefined && above(hi))) return 'outside';
    return 'undecided';
  };
  let decision: MeanDecision['decision'] = 'undecided';
  for (let batch = 0; seq.n < max && decision === 'undecided'; batch++) {
    const xs = drawBatch(batch, Math.min(size, max - seq.n));
    if (xs.length === 0) throw new RangeError('sequentialMean: drawBatch returned no samples');
    for (const x of xs) {
      seq.push(x);
      decision = decide();
      if (decision !== 'undecided' || seq.n === max) break;
    }
  }
  return { decision, mean: seq.mean, n: seq.n, ...seq.interval(), alpha, method: BETTING_METHOD };
}
