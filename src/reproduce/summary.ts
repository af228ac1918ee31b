import { clopperPearson, type Interval } from '../stats/binomial.js';
import { meanInterval } from '../stats/mean.js';
import type { ReproduceOptions, TrialResults } from './options.js';

/** Two-sided confidence of the intervals reproduce prints. */
export const CONFIDENCE = 0.95;

export interface GapRow {
  readonly gap: number;
  readonly meanCos: number;
  readonly lo: number;
  readonly hi: number;
}

export interface ReproduceSummary {
  readonly setup: ReproduceOptions['setup'];
  readonly seed: number;
  readonly trials: number;
  readonly seconds: number;
  readonly confidence: number;
  /** Mean over trials of each trial's mean cosine at gap j − i, with a CLT interval. */
  readonly gaps: GapRow[];
  /** Share of trials with all L(L−1)/2 pairs positive, with a Clopper–Pearson interval. */
  readonly allPositiveRate: number;
  readonly allPositiveInterval: Interval;
  /** meanCos[i][j] for 1 ≤ i < j ≤ L, null elsewhere. */
  readonly meanCos: (number | null)[][];
}

export function summarize(o: ReproduceOptions, r: TrialResults, seconds: number): ReproduceSummary {
  const L = o.setup.depth;
  const alpha = 1 - CONFIDENCE;
  const gaps = Array.from({ length: L - 1 }, (_, g) => {
    const m = meanInterval(r.gapMeans.map((row) => row[g]!), alpha);
    return { gap: g + 1, meanCos: m.mean, lo: m.lo, hi: m.hi };
  });
  const positive = r.allPositive.filter(Boolean).length;
  const size = (L + 1) ** 2;
  const meanCos = Array.from({ length: L + 1 }, (_, i) =>
    Array.from({ length: L + 1 }, (_, j) => {
      if (i < 1 || j <= i) return null;
      let sum = 0;
      for (let t = 0; t < o.trials; t++) sum += r.cos[t * size + i * (L + 1) + j]!;
      return sum / o.trials;
    }),
  );
  return {
    setup: o.setup, seed: o.seed, trials: o.trials, seconds, confidence: CONFIDENCE, gaps,
    allPositiveRate: positive / o.trials, allPositiveInterval: clopperPearson(positive, o.trials, alpha), meanCos,
  };
}
