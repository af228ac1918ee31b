import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { clopperPearson, type Interval } from '../stats/binomial.js';
import type { InitName } from './init.js';
import type { ReproduceOptions } from './options.js';
import type { TrialStats } from './trial-stats.js';

/** Two-sided confidence of the intervals reproduce prints. */
export const CONFIDENCE = 0.95;

/** One gap's mean cosine; null (with `undefined` saying why) when the trials cannot give it. */
export interface GapRow {
  readonly gap: number;
  readonly meanCos: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
  /** Trials whose mean at this gap exists (some cosine at this gap defined). */
  readonly trials: number;
  /** (trial, i) cells at this gap with an undefined cosine (a zero gradient norm); never averaged. */
  readonly undefinedCells: number;
  /** Why meanCos or the interval is null. */
  readonly undefined?: string;
}

export interface ReproduceSummary {
  readonly setup: ReproduceOptions['setup'];
  readonly init: InitName;
  readonly seed: number;
  readonly trials: number;
  readonly seconds: number;
  readonly confidence: number;
  /** Mean over trials of each trial's mean cosine at gap j − i, with a CLT interval clipped to [−1, 1]. */
  readonly gaps: GapRow[];
  /** Share of trials with all L(L−1)/2 cosines defined and positive, with a Clopper–Pearson interval. */
  readonly allPositiveRate: number;
  readonly allPositiveInterval: Interval;
  /** Trials with at least one undefined cosine. */
  readonly trialsWithUndefined: number;
  /** meanCos[i][j], 1 ≤ i < j ≤ L: mean of the defined cosines, null when none is defined (and off the pairs). */
  readonly meanCos: (number | null)[][];
}

/**
 * mean ± z_{1−α/2}·sd/√n from Σx and Σx² (sd² = (Σx² − (Σx)²/n)/(n − 1)), clipped to
 * [−1, 1] where a cosine mean lies. null where n is too small.
 */
export function gapRow(gap: number, sum: number, sumSq: number, n: number, undefinedCells: number, alpha: number): GapRow {
  if (n === 0) return { gap, meanCos: null, lo: null, hi: null, trials: 0, undefinedCells, undefined: 'every cosine at this gap is undefined (a zero gradient norm)' };
  const mean = sum / n;
  if (n === 1) return { gap, meanCos: mean, lo: null, hi: null, trials: 1, undefinedCells, undefined: 'one trial has a defined mean here: no interval' };
  const sd = Math.sqrt(Math.max(0, (sumSq - (sum * sum) / n) / (n - 1)));
  const half = normalQuantile(1 - alpha / 2, 0, 1) * (sd / Math.sqrt(n));
  return { gap, meanCos: mean, lo: Math.max(-1, mean - half), hi: Math.min(1, mean + half), trials: n, undefinedCells };
}

export function summarize(o: ReproduceOptions, s: TrialStats, seconds: number): ReproduceSummary {
  const L = o.setup.depth;
  const alpha = 1 - CONFIDENCE;
  const gaps = Array.from({ length: L - 1 }, (_, g) => gapRow(g + 1, s.gapSum[g]!, s.gapSumSq[g]!, s.gapTrials[g]!, s.gapUndefined[g]!, alpha));
  const meanCos = Array.from({ length: L + 1 }, (_, i) =>
    Array.from({ length: L + 1 }, (_, j) => {
      const k = i * (L + 1) + j;
      return i < 1 || j <= i || s.pairCount[k] === 0 ? null : s.pairSum[k]! / s.pairCount[k]!;
    }),
  );
  return {
    setup: o.setup, init: o.init ?? 'custom', seed: o.seed, trials: s.trials, seconds, confidence: CONFIDENCE, gaps,
    allPositiveRate: s.allPositive / s.trials, allPositiveInterval: clopperPearson(s.allPositive, s.trials, alpha),
    trialsWithUndefined: s.withUndefined, meanCos,
  };
}
