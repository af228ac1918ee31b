import type { Sample } from '../arbitraries/network-spec.js';
import type { Kit } from '../../src/lang/kit.js';
import { allPairGradients } from '../../src/network/gradients.js';
import { exactKit } from './exact-kit.js';
import { pairsBelow } from './pairs.js';

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

/** Throws ClaimFailure unless internal_ii · internal_ij ≥ 0 for every pair i < j (exact): the claim above at one network file. */
export const internalDotNonneg = ({ spec }: Sample): void => internalDotClaim(false)(exactKit(spec));
