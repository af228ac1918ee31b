import type { Algebra } from '../algebra/algebra.js';
import type { Forward } from './forward.js';
import type { Network } from './network.js';

/**
 * G_ij = ∂l_j/∂W_i split as G_ij = internal_ij − external_ij: the three are the same
 * Jacobians applied to three errors at layer j, 2(s_j − s_j*), 2s_j and 2s_j*.
 */
export interface Split<M> {
  readonly gradient: M;
  readonly internal: M;
  readonly external: M;
}

export interface PairGradient<M> extends Split<M> {
  /** i: the weight W_i differentiated. */
  readonly layer: number;
  /** j ≥ i: the loss l_j. */
  readonly loss: number;
}

const mapSplit = <M>(x: Split<M>, f: (m: M) => M): Split<M> => ({
  gradient: f(x.gradient),
  internal: f(x.internal),
  external: f(x.external),
});

/**
 * One backward sweep for loss l_j, carrying the three errors together:
 *   δ_j = e ⊙ h′(z_j),  δ_{i−1} = (W_iᵀ δ_i) ⊙ h′(z_{i−1}),  ∂/∂W_i = δ_i s_{i−1}ᵀ.
 * Returns the pairs (i, j) for i = j, j−1, …, 1.
 */
export function backwardSweep<M, S>(alg: Algebra<M, S>, net: Network<M>, fw: Forward<M>, j: number): PairGradient<M>[] {
  const F = alg.field;
  const two = F.add(F.one, F.one);
  const sj = fw.s[j]!;
  const target = net.targets[j - 1]!;
  const errors: Split<M> = { gradient: alg.sub(sj, target), internal: sj, external: target };
  let delta = mapSplit(errors, (e) => alg.hadamard(alg.scale(e, two), fw.hPrime[j - 1]!));
  const pairs: PairGradient<M>[] = [];
  for (let i = j; i >= 1; i--) {
    pairs.push({ layer: i, loss: j, ...mapSplit(delta, (d) => alg.matmul(d, fw.sT[i - 1]!)) });
    if (i > 1) delta = mapSplit(delta, (d) => alg.hadamard(alg.matmul(fw.WT[i - 1]!, d), fw.hPrime[i - 2]!));
  }
  return pairs;
}

/**
 * ∂L/∂W_i for the total loss L = Σ_j l_j, by its own single sweep (independent of
 * the per-loss sweeps): δ_L = 2(s_L − s_L*) ⊙ h′(z_L),
 * δ_{i} = (W_{i+1}ᵀ δ_{i+1} + 2(s_i − s_i*)) ⊙ h′(z_i). Returns [∂L/∂W_1, …, ∂L/∂W_L].
 */
export function totalLossGradients<M, S>(alg: Algebra<M, S>, net: Network<M>, fw: Forward<M>): M[] {
  const F = alg.field;
  const two = F.add(F.one, F.one);
  const L = net.weights.length;
  const grads: M[] = new Array<M>(L);
  let upstream: M | undefined; // W_{i+1}ᵀ δ_{i+1}
  for (let i = L; i >= 1; i--) {
    const own = alg.scale(alg.sub(fw.s[i]!, net.targets[i - 1]!), two);
    const delta = alg.hadamard(upstream === undefined ? own : alg.add(upstream, own), fw.hPrime[i - 1]!);
    grads[i - 1] = alg.matmul(delta, fw.sT[i - 1]!);
    upstream = alg.matmul(fw.WT[i - 1]!, delta);
  }
  return grads;
}
