import type { TrialResults } from '../reproduce/options.js';

/**
 * One trial's record, which is everything summarize reads of it: its L − 1 gap means,
 * its all-positive flag (1 or 0), and its P = L(L−1)/2 cosines cos(i, j), i < j, row-major.
 * Kept as float64 bits, so a merge sees exactly the numbers the unsharded run sees.
 */
export const recordLength = (L: number): number => L - 1 + 1 + (L * (L - 1)) / 2;

/** Packs trials' results (in trial order) into consecutive records. */
export function packTrials(L: number, r: TrialResults): Float64Array {
  const n = r.allPositive.length;
  const size = (L + 1) ** 2;
  const out = new Float64Array(n * recordLength(L));
  let k = 0;
  for (let t = 0; t < n; t++) {
    for (const m of r.gapMeans[t]!) out[k++] = m;
    out[k++] = r.allPositive[t] ? 1 : 0;
    for (let i = 1; i < L; i++) for (let j = i + 1; j <= L; j++) out[k++] = r.cos[t * size + i * (L + 1) + j]!;
  }
  return out;
}

/** The inverse of packTrials; the cosine table's entries outside i < j are 0, as the engine leaves them. */
export function unpackTrials(L: number, records: Float64Array): TrialResults {
  const n = records.length / recordLength(L);
  const size = (L + 1) ** 2;
  const gapMeans: number[][] = [];
  const allPositive: boolean[] = [];
  const cos = new Float64Array(n * size);
  let k = 0;
  for (let t = 0; t < n; t++) {
    gapMeans.push(Array.from(records.subarray(k, (k += L - 1))));
    allPositive.push(records[k++] === 1);
    for (let i = 1; i < L; i++) for (let j = i + 1; j <= L; j++) cos[t * size + i * (L + 1) + j] = records[k++]!;
  }
  return { gapMeans, allPositive, cos };
}

/** Joins consecutive trial blocks, in order, into one TrialResults. */
export function concatTrials(blocks: readonly TrialResults[]): TrialResults {
  const cos = new Float64Array(blocks.reduce((n, b) => n + b.cos.length, 0));
  let at = 0;
  for (const b of blocks) (cos.set(b.cos, at), (at += b.cos.length));
  return { gapMeans: blocks.flatMap((b) => b.gapMeans), allPositive: blocks.flatMap((b) => b.allPositive), cos };
}
