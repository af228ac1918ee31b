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

/** The pair (i, j) with whatever errors were back-propagated (K: their names). */
export type Pair<M, K extends string> = { readonly layer: number; readonly loss: number } & { readonly [k in K]: M };

export type PairGradient<M> = Pair<M, keyof Split<M>>;

/** The errors at layer j: gradient 2(s_j − s_j*), internal 2s_j, external 2s_j* (the 2 applied in the sweep). */
export function splitErrors<M, S>(alg: Algebra<M, S>, net: Network<M>, fw: Forward<M>, j: number): Split<M> {
  const [sj, target] = [fw.s[j]!, net.targets[j - 1]!];
  return { gradient: alg.sub(sj, target), internal: sj, external: target };
}

const mapRecord = <M, K extends string>(x: { readonly [k in K]: M }, f: (m: M) => M): { [k in K]: M } =>
  Object.fromEntries(Object.entries(x).map(([k, m]) => [k, f(m as M)])) as { [k in K]: M };

/**
 * One backward sweep for loss l_j, carrying every named error e together:
 *   δ_j = 2e ⊙ h′(z_j),  δ_{i−1} = (W_iᵀ δ_i) ⊙ h′(z_{i−1}),  ∂/∂W_i = δ_i s_{i−1}ᵀ.
 * Returns the pairs (i, j) for i = j, j−1, …, 1.
 */
export function backwardSweep<M, S, K extends string>(
  alg: Algebra<M, S>, fw: Forward<M>, j: number, errors: { readonly [k in K]: M },
): Pair<M, K>[] {
  const F = alg.field;
  const two = F.add(F.one, F.one);
  let delta = mapRecord(errors, (e) => alg.hadamard(alg.scale(e, two), fw.hPrime[j - 1]!));
  const pairs: Pair<M, K>[] = [];
  for (let i = j; i >= 1; i--) {
    pairs.push({ layer: i, loss: j, ...mapRecord(delta, (d) => alg.matmul(d, fw.sT[i - 1]!)) } as Pair<M, K>);
    if (i > 1) delta = mapRecord(delta, (d) => alg.hadamard(alg.matmul(fw.WT[i - 1]!, d), fw.hPrime[i - 2]!));
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
