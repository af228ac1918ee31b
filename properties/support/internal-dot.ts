import type { Sample } from '../arbitraries/network-spec.js';
import { ClaimFailure } from '../../src/claims/failure.js';
import type { Kit } from '../../src/claims/kit.js';
import { allPairGradients } from '../../src/network/gradients.js';
import { dot, exactAllPairs, F, pairsBelow } from './exact-net.js';

/** Throws ClaimFailure unless internal_ii · internal_ij ≥ 0 for every pair i < j (exact). */
export function internalDotNonneg({ spec }: Sample): void {
  const all = exactAllPairs(spec);
  for (const [i, j] of pairsBelow(all.depth)) {
    const d = dot(all.pair(i, i).internal, all.pair(i, j).internal);
    if (F.isPositive(F.neg(d))) throw new ClaimFailure(`internal_${i}${i} · internal_${i}${j} = ${F.format(d)} < 0`);
  }
}

/** A = W_j ⋯ W_{i+1} (the identity's factors, applied right to left to S_i). */
const chainTimes = <M, S>({ alg, net }: Kit<M, S>, i: number, j: number, m: M): M =>
  net.weights.slice(i, j).reduce((acc, W) => alg.matmul(W, acc), m);

/**
 * internal_ii · internal_ij ≥ 0 for every pair i < j; in a linear net with the certificate
 * ⟨internal_ii, internal_ij⟩ = ‖2·A S_i S_{i−1}ᵀ‖²_F, A = W_j ⋯ W_{i+1} (T1's proof).
 */
export function internalDotClaim(withSquares: boolean) {
  return <M, S>(k: Kit<M, S>): void => {
    const { alg } = k;
    const all = allPairGradients(alg, k.net);
    const { s, sT } = all.forward;
    for (const [i, j] of pairsBelow(all.depth)) {
      const d = alg.dot(all.pair(i, i).internal, all.pair(i, j).internal);
      const square = alg.scale(alg.matmul(chainTimes(k, i, j, s[i]!), sT[i - 1]!), k.int(2));
      k.nonneg(`internal_${i}${i} · internal_${i}${j}`, d, withSquares ? [square] : undefined);
    }
  };
}
