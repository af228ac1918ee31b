import type { Matrix } from 'ml-matrix';
import { floatAlgebra } from '../algebra/float.js';
import { type CosineTable, cosAt } from '../engine/cosines.js';
import { cosine } from '../network/cosine.js';
import { allPairGradientsOnly } from '../network/gradients.js';
import type { Network } from '../network/network.js';

// the engine's table and engineCosines live in src/engine/cosines.ts (no ml-matrix: reproduce's workers load it)
export { type CosineTable, cosAt, engineCosines } from '../engine/cosines.js';

/** The reference: every G_ij formed with ml-matrix, then its cosine with G_ii. */
export function pairCosines(net: Network<Matrix>): CosineTable {
  const all = allPairGradientsOnly(floatAlgebra, net);
  const L = all.depth;
  const cos = new Float64Array((L + 1) * (L + 1));
  for (let i = 1; i < L; i++) {
    const local = all.pair(i, i).gradient;
    const zero = (m: Matrix) => floatAlgebra.dot(m, m) === 0;
    for (let j = i + 1; j <= L; j++) {
      const distant = all.pair(i, j).gradient;
      cos[i * (L + 1) + j] = zero(local) || zero(distant) ? Number.NaN : cosine(floatAlgebra, local, distant);
    }
  }
  return { L, cos };
}

/** Mean of the defined cos(i, i + gap) over i = 1 … L − gap; NaN when none is defined. */
export function gapMean(t: CosineTable, gap: number): number {
  let [sum, n] = [0, 0];
  for (let i = 1; i + gap <= t.L; i++) {
    const c = cosAt(t, i, i + gap);
    if (!Number.isNaN(c)) (sum += c), n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** Are all L(L−1)/2 pairs 1 ≤ i < j ≤ L positively aligned? */
export function allPositive(t: CosineTable): boolean {
  for (let i = 1; i < t.L; i++) for (let j = i + 1; j <= t.L; j++) if (!(cosAt(t, i, j) > 0)) return false;
  return true;
}
