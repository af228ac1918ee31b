import type { NetworkSpec } from '../../src/io/network-file.js';
import { exact, exactAllPairs, type ExactMatrix, exactNetwork, mustEqual, scaled } from './exact-net.js';

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

/**
 * The repaired split of the pair (1, j), j = 1 (local) or 2 (distant): the gradient is
 * 2·in − 2·ex and the suite's internal and external are 2·in and 2·ex (the note's
 * terms with the factor 2 restored). Throws, showing both sides, where not.
 */
export function mustMatchRepairedSplit(spec: NetworkSpec, j: 1 | 2): void {
  const terms = noteTerms(spec);
  const [inTerm, exTerm] = j === 1 ? [terms.in1, terms.ex1] : [terms.in2, terms.ex2];
  const p = exactAllPairs(spec).pair(1, j);
  mustEqual(`∂l_${j}/∂W₁ vs 2in_${j} − 2ex_${j}`, p.gradient, exact.sub(scaled('2', inTerm), scaled('2', exTerm)));
  mustEqual(`internal₁${j} vs 2in_${j}`, p.internal, scaled('2', inTerm));
  mustEqual(`external₁${j} vs 2ex_${j}`, p.external, scaled('2', exTerm));
}
