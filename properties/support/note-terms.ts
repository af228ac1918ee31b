import type { Kit } from '../../src/lang/kit.js';
import { allPairGradients } from '../../src/network/gradients.js';
import type { NetworkSpec } from '../../src/io/network-file.js';
import { exactKit } from './exact-kit.js';
import type { ExactMatrix } from './exact-net.js';

/**
 * The note's two-layer terms, as printed (no factor 2). The note mixes conventions;
 * the only reading in which every printed product is defined takes x, s as row
 * vectors and s_i = s_{i−1} w_i, so w_i = W_iᵀ and (∂l/∂w_i)ᵀ = G_i. Written here
 * with column vectors:
 *   in₁ = s₁ᵀx ↦ s₁xᵀ,  ex₁ = s₁*ᵀx ↦ s₁*xᵀ,
 *   in₂ = ((s₁w₂)w₂ᵀ)ᵀx ↦ W₂ᵀW₂s₁xᵀ,  ex₂ = (s₂*w₂ᵀ)ᵀx ↦ W₂ᵀs₂*xᵀ.
 */
export function noteTermsOf<M, S>({ alg, net }: Kit<M, S>): { in1: M; ex1: M; in2: M; ex2: M } {
  const [W1, W2] = net.weights as [M, M];
  const [t1, t2] = net.targets as [M, M];
  const xT = alg.transpose(net.input);
  const s1 = alg.matmul(W1, net.input);
  const W2T = alg.transpose(W2);
  return {
    in1: alg.matmul(s1, xT),
    ex1: alg.matmul(t1, xT),
    in2: alg.matmul(alg.matmul(alg.matmul(W2T, W2), s1), xT),
    ex2: alg.matmul(alg.matmul(W2T, t2), xT),
  };
}

/**
 * The repaired split of the pair (1, j), j = 1 (local) or 2 (distant): the gradient is
 * 2·in − 2·ex, and the suite's internal and external are 2·in and 2·ex (the note's
 * terms with the factor 2 restored).
 */
export function repairedSplit(j: 1 | 2) {
  return <M, S>(k: Kit<M, S>): void => {
    const { alg } = k;
    const terms = noteTermsOf(k);
    const [inTerm, exTerm] = j === 1 ? [terms.in1, terms.ex1] : [terms.in2, terms.ex2];
    const p = allPairGradients(alg, k.net).pair(1, j);
    const two = (m: M) => alg.scale(m, k.int(2));
    k.equal(`∂l_${j}/∂W₁ vs 2in_${j} − 2ex_${j}`, p.gradient, alg.sub(two(inTerm), two(exTerm)));
    k.equal(`internal₁${j} vs 2in_${j}`, p.internal, two(inTerm));
    k.equal(`external₁${j} vs 2ex_${j}`, p.external, two(exTerm));
  };
}

/** The note's terms of a network file, exact. */
export const noteTerms = (spec: NetworkSpec): { in1: ExactMatrix; ex1: ExactMatrix; in2: ExactMatrix; ex2: ExactMatrix } => noteTermsOf(exactKit(spec));

/** Throws ClaimFailure, showing both sides, unless the repaired split of the pair (1, j) holds exactly. */
export const mustMatchRepairedSplit = (spec: NetworkSpec, j: 1 | 2): void => repairedSplit(j)(exactKit(spec));
