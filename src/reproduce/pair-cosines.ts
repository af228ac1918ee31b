import type { Matrix } from 'ml-matrix';
import { floatAlgebra } from '../algebra/float.js';
import { cosine } from '../network/cosine.js';
import { allPairGradientsOnly } from '../network/gradients.js';
import type { Network } from '../network/network.js';

/**
 * cos[i][j] = S(∂l_i/∂W_i, ∂l_j/∂W_i) for 1 ≤ i < j ≤ L (1-based; other entries NaN,
 * never read), from one forward pass and one backward sweep per loss.
 */
export function pairCosines(net: Network<Matrix>): number[][] {
  const all = allPairGradientsOnly(floatAlgebra, net);
  const L = all.depth;
  const cos = Array.from({ length: L + 1 }, () => new Array<number>(L + 1).fill(Number.NaN));
  for (let i = 1; i < L; i++) {
    const local = all.pair(i, i).gradient;
    for (let j = i + 1; j <= L; j++) cos[i]![j] = cosine(floatAlgebra, local, all.pair(i, j).gradient);
  }
  return cos;
}

/** Mean of cos[i][i + gap] over i = 1 … L − gap. */
export function gapMean(cos: number[][], gap: number): number {
  const L = cos.length - 1;
  let sum = 0;
  for (let i = 1; i + gap <= L; i++) sum += cos[i]![i + gap]!;
  return sum / (L - gap);
}

/** Are all L(L−1)/2 pairs 1 ≤ i < j ≤ L positively aligned? */
export function allPositive(cos: number[][]): boolean {
  const L = cos.length - 1;
  for (let i = 1; i < L; i++) for (let j = i + 1; j <= L; j++) if (!(cos[i]![j]! > 0)) return false;
  return true;
}
