import type { CosineTable } from '../reproduce/pair-cosines.js';
import { blockBounds, type TrialStats } from '../reproduce/trial-stats.js';

/**
 * What a shard of trials [from, to) holds for one setup. The whole run sums its trials in
 * fixed blocks [b_k, b_{k+1}) (blockBounds(T, L), numbered over the whole run, never the
 * shard), so a shard keeps the running sums of each block inside its range, and for the
 * trials of blocks it only partly holds, their cosines: merge then sums those blocks in
 * trial order as the unsharded run does, and adds the blocks in order, bit for bit.
 */
export interface ShardLayout {
  readonly bounds: number[];
  /** Whole blocks [firstBlock, endBlock); empty when firstBlock ≥ endBlock. */
  readonly firstBlock: number;
  readonly endBlock: number;
  /** Trials outside the whole blocks, in order: [from, b_first) and [b_end, to), or [from, to). */
  readonly partial: readonly number[];
}

export function shardLayout(trials: number, L: number, from: number, to: number): ShardLayout {
  const bounds = blockBounds(trials, L);
  const firstBlock = bounds.findIndex((b) => b >= from);
  let endBlock = bounds.length - 1;
  while (bounds[endBlock]! > to) endBlock--;
  const span = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
  const partial = firstBlock < endBlock ? [...span(from, bounds[firstBlock]!), ...span(bounds[endBlock]!, to)] : span(from, to);
  return { bounds, firstBlock, endBlock, partial };
}

/** P = L(L−1)/2 cosines cos(i, j), i < j, row-major: one partial trial's record (NaN: undefined). */
export const cosineLength = (L: number): number => (L * (L - 1)) / 2;

/** One block's sums: trials, allPositive, withUndefined, then gapSum, gapSumSq, gapTrials, gapUndefined, pairSum, pairCount. */
export const statsLength = (L: number): number => 3 + 4 * (L - 1) + 2 * (L + 1) ** 2;

/** Doubles one setup takes in a shard. */
export function setupLength(l: ShardLayout, L: number): number {
  return Math.max(0, l.endBlock - l.firstBlock) * statsLength(L) + l.partial.length * cosineLength(L);
}

const ARRAYS = ['gapSum', 'gapSumSq', 'gapTrials', 'gapUndefined', 'pairSum', 'pairCount'] as const;

export function packStats(s: TrialStats, out: Float64Array, at: number): number {
  out.set([s.trials, s.allPositive, s.withUndefined], at);
  at += 3;
  for (const k of ARRAYS) (out.set(s[k], at), (at += s[k].length));
  return at;
}

export function unpackStats(L: number, body: Float64Array, at: number): TrialStats {
  const [trials, allPositive, withUndefined] = body.subarray(at, at + 3);
  let k = at + 3;
  const take = (n: number) => body.slice(k, (k += n));
  const [g, p] = [L - 1, (L + 1) ** 2];
  return {
    L, trials: trials!, allPositive: allPositive!, withUndefined: withUndefined!,
    gapSum: take(g), gapSumSq: take(g), gapTrials: take(g), gapUndefined: take(g), pairSum: take(p), pairCount: take(p),
  };
}

export function packCosines(t: CosineTable, out: Float64Array, at: number): number {
  for (let i = 1; i < t.L; i++) for (let j = i + 1; j <= t.L; j++) out[at++] = t.cos[i * (t.L + 1) + j]!;
  return at;
}

/** The inverse of packCosines; entries off i < j are 0 (addTrial reads only i < j). */
export function unpackCosines(L: number, body: Float64Array, at: number): CosineTable {
  const cos = new Float64Array((L + 1) ** 2);
  for (let i = 1; i < L; i++) for (let j = i + 1; j <= L; j++) cos[i * (L + 1) + j] = body[at++]!;
  return { L, cos };
}
