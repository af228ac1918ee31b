import type { CosineTable } from './pair-cosines.js';

/**
 * Running sums over the trials of a run, so no per-trial cosine is stored. A cosine is
 * undefined (NaN in the table) when a gradient norm is 0; it is counted, never averaged.
 * Index g − 1 for gap g; index i·(L+1) + j for the pair (i, j).
 */
export interface TrialStats {
  readonly L: number;
  trials: number;
  /** Trials with all L(L−1)/2 cosines defined and > 0. */
  allPositive: number;
  /** Trials with at least one undefined cosine. */
  withUndefined: number;
  /** Per gap: Σ m_t and Σ m_t² over trials t whose gap mean m_t (over its defined pairs) exists, and how many. */
  readonly gapSum: Float64Array;
  readonly gapSumSq: Float64Array;
  readonly gapTrials: Float64Array;
  /** Per gap: (trial, i) cells whose cosine is undefined. */
  readonly gapUndefined: Float64Array;
  /** Per pair: Σ of its defined cosines over trials, and how many were defined. */
  readonly pairSum: Float64Array;
  readonly pairCount: Float64Array;
}

export function emptyStats(L: number): TrialStats {
  const gaps = () => new Float64Array(Math.max(0, L - 1));
  const pairs = () => new Float64Array((L + 1) ** 2);
  return { L, trials: 0, allPositive: 0, withUndefined: 0, gapSum: gaps(), gapSumSq: gaps(), gapTrials: gaps(), gapUndefined: gaps(), pairSum: pairs(), pairCount: pairs() };
}

/** Adds one trial's cosine table. */
export function addTrial(s: TrialStats, t: CosineTable): void {
  const L = s.L;
  let positive = true;
  let undefinedCells = 0;
  for (let g = 1; g < L; g++) {
    let [sum, n] = [0, 0];
    for (let i = 1; i + g <= L; i++) {
      const k = i * (L + 1) + i + g;
      const c = t.cos[k]!;
      if (Number.isNaN(c)) (s.gapUndefined[g - 1]!++, undefinedCells++, (positive = false));
      else ((sum += c), n++, (s.pairSum[k]! += c), s.pairCount[k]!++, c > 0 || (positive = false));
    }
    if (n === 0) continue;
    const m = sum / n;
    s.gapSum[g - 1]! += m;
    s.gapSumSq[g - 1]! += m * m;
    s.gapTrials[g - 1]!++;
  }
  s.trials++;
  if (positive) s.allPositive++;
  if (undefinedCells > 0) s.withUndefined++;
}

/** a then b, as one run: every sum is a + b, so a fixed order of blocks gives fixed bits. */
export function mergeStats(a: TrialStats, b: TrialStats): TrialStats {
  const add = (x: Float64Array, y: Float64Array) => x.map((v, k) => v + y[k]!);
  return {
    L: a.L, trials: a.trials + b.trials, allPositive: a.allPositive + b.allPositive, withUndefined: a.withUndefined + b.withUndefined,
    gapSum: add(a.gapSum, b.gapSum), gapSumSq: add(a.gapSumSq, b.gapSumSq), gapTrials: add(a.gapTrials, b.gapTrials),
    gapUndefined: add(a.gapUndefined, b.gapUndefined), pairSum: add(a.pairSum, b.pairSum), pairCount: add(a.pairCount, b.pairCount),
  };
}

/** Bytes of one TrialStats: 4(L − 1) + 2(L + 1)² doubles. */
export const statsBytes = (L: number): number => 8 * (4 * (L - 1) + 2 * (L + 1) ** 2);

/** Most bytes that the blocks of a run may hold at once (see blockBounds). */
export const BLOCK_BYTES = 64 * 2 ** 20;

/**
 * Trial blocks [b_k, b_{k+1}) of a run: at most 64 and at most BLOCK_BYTES of stats in all.
 * They depend on the trials and L only, never on the workers, so summing each block in
 * trial order and then the blocks in order gives the same bits on any number of workers.
 */
export function blockBounds(trials: number, L: number): number[] {
  const blocks = Math.max(1, Math.min(64, trials, Math.floor(BLOCK_BYTES / statsBytes(L))));
  return Array.from({ length: blocks + 1 }, (_, b) => Math.round((b * trials) / blocks));
}
