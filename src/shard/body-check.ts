import { InputError } from '../io/input-error.js';
import { setupLengths, type ShardHeader } from './header.js';
import { cosineLength, shardLayout, statsLength, unpackStats } from './records.js';

const count = (x: number, max: number) => Number.isInteger(x) && x >= 0 && x <= max;
const within = (x: number, bound: number) => Number.isFinite(x) && Math.abs(x) <= bound;

/**
 * The first thing in a shard's body that no run can produce, or undefined. A whole block k of n =
 * b_{k+1} − b_k trials holds: trials = n; allPositive, withUndefined ≤ n; per gap, trials with a
 * mean ≤ n, |Σm| ≤ that count, 0 ≤ Σm² ≤ that count (a gap mean lies in [−1, 1]), undefined cells
 * ≤ n·L (whole numbers); per pair, defined cosines ≤ n and |Σcos| ≤ their count. A cut block's
 * cosine is NaN (undefined) or in [−1, 1].
 */
export function bodyProblem(h: ShardHeader, body: Float64Array): string | undefined {
  let at = 0;
  for (const [s, setup] of h.setups.entries()) {
    const L = setup.depth;
    const l = shardLayout(h.trials, L, h.from, h.to);
    for (let k = l.firstBlock; k < l.endBlock; k++, at += statsLength(L)) {
      const n = l.bounds[k + 1]! - l.bounds[k]!;
      const st = unpackStats(L, body, at);
      const where = `setup ${s + 1}, block ${k + 1}`;
      if (st.trials !== n || !count(st.allPositive, n) || !count(st.withUndefined, n)) return `${where}: its trial counts are not whole numbers up to ${n}`;
      for (let g = 0; g < L - 1; g++) {
        const m = st.gapTrials[g]!;
        if (!count(m, n) || !count(st.gapUndefined[g]!, n * L) || !within(st.gapSum[g]!, m) || !(st.gapSumSq[g]! >= 0 && st.gapSumSq[g]! <= m)) return `${where}: gap ${g + 1}'s sums are not those of cosines`;
      }
      for (let p = 0; p < st.pairCount.length; p++) {
        if (!count(st.pairCount[p]!, n) || !within(st.pairSum[p]!, st.pairCount[p]!)) return `${where}: a pair's sums are not those of cosines`;
      }
    }
    const cosines = body.subarray(at, at + l.partial.length * cosineLength(L));
    if (cosines.some((c) => !Number.isNaN(c) && !(c >= -1 && c <= 1))) return `setup ${s + 1}: a cosine lies outside [−1, 1]`;
    at += cosines.length;
  }
  return at === setupLengths(h).reduce((a, b) => a + b, 0) ? undefined : 'its records do not add up to its header';
}

/** Refuses a shard whose body is forged or damaged past its checksum. @throws InputError */
export function checkBody(h: ShardHeader, body: Float64Array, name: string): void {
  const problem = bodyProblem(h, body);
  if (problem) throw new InputError(`${name} is malformed: ${problem}`);
}
