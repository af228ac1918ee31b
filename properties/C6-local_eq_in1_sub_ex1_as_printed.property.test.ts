/**
 * C6 local_eq_in1_sub_ex1_as_printed: (∂l₁/∂w₁)ᵀ = (s₁ − s₁*)ᵀx = s₁ᵀx − s₁*ᵀx, exactly as printed.
 *
 * Claim:      the local gradient of the two-layer linear net is internal₁ − external₁
 *             with in₁ = s₁ᵀx and ex₁ = s₁*ᵀx (row-vector reading, see support/note-terms.ts).
 * Hypotheses: two-layer linear nets, one sample. Exact arithmetic; Schwartz–Zippel with a
 *             computed degree.
 * Source:     "So what is going on?", the local gradient's three lines.
 * Status:     computed by running; the proof states the expected verdict (the printed
 *             formula drops the factor 2 of d‖e‖²/de = 2e; C6r is the repair).
 * Proof:      proofs/C6-local_eq_in1_sub_ex1_as_printed.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { allPairGradients } from '../src/network/gradients.js';
import { TWO_LAYER_NETS } from './arbitraries/net-shapes.js';
import { noteTermsOf } from './support/note-terms.js';
import { testClaim } from './support/test-claim.js';

const localEqPrinted = <M, S>(k: Kit<M, S>): void => {
  // Arrange
  const { in1, ex1 } = noteTermsOf(k);
  // Act
  const local = allPairGradients(k.alg, k.net).pair(1, 1).gradient;
  // Assert
  k.equal('∂l₁/∂W₁ vs s₁ᵀx − s₁*ᵀx', local, k.alg.sub(in1, ex1));
};

export const claim = defineClaim(import.meta.url, {
  statement: String.raw`$(\partial l_1/\partial w_1)^T = s_1^T x - s_1^{*T} x$, as printed`,
  hypotheses: 'two-layer linear nets, one sample; row-vector reading',
  source: '"Lets write out the gradients:" the local gradient',
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: localEqPrinted }),
  ],
});

await testClaim(claim);
