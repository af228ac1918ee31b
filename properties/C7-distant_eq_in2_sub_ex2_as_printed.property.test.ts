/**
 * C7 distant_eq_in2_sub_ex2_as_printed: (∂l₂/∂w₁)ᵀ = ((s₂ − s₂*)w₂ᵀ)ᵀx = ((s₁w₂)w₂ᵀ)ᵀx − (s₂*w₂ᵀ)ᵀx, as printed.
 *
 * Claim:      the distant gradient of the two-layer linear net is internal₂ − external₂
 *             with the note's in₂, ex₂ (row-vector reading, see support/note-terms.ts).
 * Hypotheses: two-layer linear nets, one sample. Exact arithmetic; Schwartz–Zippel with a
 *             computed degree.
 * Source:     "So what is going on?", the distant gradient's three lines.
 * Status:     computed by running; the proof states the expected verdict (the factor 2
 *             is dropped again, and the first line writes ∂l₁/∂s₂ for ∂l₂/∂s₂; C7r is the repair).
 * Proof:      proofs/C7-distant_eq_in2_sub_ex2_as_printed.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { allPairGradients } from '../src/network/gradients.js';
import { TWO_LAYER_NETS } from './arbitraries/net-shapes.js';
import { noteTermsOf } from './support/note-terms.js';
import { testClaim } from './support/test-claim.js';

const distantEqPrinted = <M, S>(k: Kit<M, S>): void => {
  // Arrange
  const { in2, ex2 } = noteTermsOf(k);
  // Act
  const distant = allPairGradients(k.alg, k.net).pair(1, 2).gradient;
  // Assert
  k.equal('∂l₂/∂W₁ vs ((s₁w₂)w₂ᵀ)ᵀx − (s₂*w₂ᵀ)ᵀx', distant, k.alg.sub(in2, ex2));
};

export const claim = defineClaim(import.meta.url, {
  statement: String.raw`$(\partial l_2/\partial w_1)^T = ((s_1 w_2) w_2^T)^T x - (s_2^* w_2^T)^T x$, as printed`,
  hypotheses: 'two-layer linear nets, one sample; row-vector reading',
  source: '"Lets write out the gradients:" the distant gradient',
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: distantEqPrinted }),
  ],
});

await testClaim(claim);
