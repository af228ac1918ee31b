import type { NetworkSpec } from '../../src/io/network-file.js';
import { exact, type ExactMatrix, exactNetwork } from './exact-net.js';

/**
 * The note's two-layer terms, as printed (no factor 2). The note mixes conventions;
 * the only reading in which every printed product is defined takes x, s as row
 * vectors and s_i = s_{i−1} w_i, so w_i = W_iᵀ and (∂l/∂w_i)ᵀ = G_i. Written here
 * with column vectors:
 *   in₁ = s₁ᵀx ↦ s₁xᵀ,  ex₁ = s₁*ᵀx ↦ s₁*xᵀ,
 *   in₂ = ((s₁w₂)w₂ᵀ)ᵀx ↦ W₂ᵀW₂s₁xᵀ,  ex₂ = (s₂*w₂ᵀ)ᵀx ↦ W₂ᵀs₂*xᵀ.
 */
export function noteTerms(spec: NetworkSpec): { in1: ExactMatrix; ex1: ExactMatrix; in2: ExactMatrix; ex2: ExactMatrix } {
  const net = exactNetwork(spec);
  const [W1, W2] = net.weights as [ExactMatrix, ExactMatrix];
  const [t1, t2] = net.targets as [ExactMatrix, ExactMatrix];
  const xT = exact.transpose(net.input);
  const s1 = exact.matmul(W1, net.input);
  const W2T = exact.transpose(W2);
  return {
    in1: exact.matmul(s1, xT),
    ex1: exact.matmul(t1, xT),
    in2: exact.matmul(exact.matmul(exact.matmul(W2T, W2), s1), xT),
    ex2: exact.matmul(exact.matmul(W2T, t2), xT),
  };
}
