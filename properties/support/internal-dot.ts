import type { Sample } from '../arbitraries/network-spec.js';
import { dot, exactAllPairs, F, pairsBelow } from './exact-net.js';

/** Throws unless internal_ii · internal_ij ≥ 0 for every pair i < j (exact). */
export function internalDotNonneg({ spec }: Sample): void {
  const all = exactAllPairs(spec);
  for (const [i, j] of pairsBelow(all.depth)) {
    const d = dot(all.pair(i, i).internal, all.pair(i, j).internal);
    if (F.isPositive(F.neg(d))) throw new Error(`internal_${i}${i} · internal_${i}${j} = ${F.format(d)} < 0`);
  }
}
