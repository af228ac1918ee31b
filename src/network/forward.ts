import type { Algebra } from '../algebra/algebra.js';
import type { Network } from './network.js';

/** Everything the backward sweeps share, computed once. Layers are 1-based in the math. */
export interface Forward<M> {
  /** s[0] = x, s[i] = s_i = h(z_i) for 1 ≤ i ≤ L. */
  readonly s: readonly M[];
  /** hPrime[i − 1] = h′(z_i), z_i = W_i s_{i−1}. */
  readonly hPrime: readonly M[];
  /** sT[i] = s_iᵀ, for ∂l/∂W_{i+1} = δ_{i+1} s_iᵀ. */
  readonly sT: readonly M[];
  /** WT[i − 1] = W_iᵀ, for δ_{i−1} = (W_iᵀ δ_i) ⊙ h′(z_{i−1}). */
  readonly WT: readonly M[];
}

export function forward<M, S>(alg: Algebra<M, S>, net: Network<M>): Forward<M> {
  const F = alg.field;
  const h = net.activation;
  const s: M[] = [net.input];
  const hPrime: M[] = [];
  net.weights.forEach((W, k) => {
    const z = alg.matmul(W, s[k]!); // z_i = W_i s_{i−1}
    s.push(alg.map(z, (v) => h.value(F, v))); // s_i = h(z_i)
    hPrime.push(alg.map(z, (v) => h.derivative(F, v))); // h′(z_i)
  });
  return { s, hPrime, sT: s.map((m) => alg.transpose(m)), WT: net.weights.map((W) => alg.transpose(W)) };
}

/** l_j = ‖s_j − s_j*‖²_F */
export function loss<M, S>(alg: Algebra<M, S>, net: Network<M>, fw: Forward<M>, j: number): S {
  const e = alg.sub(fw.s[j]!, net.targets[j - 1]!);
  return alg.dot(e, e);
}
