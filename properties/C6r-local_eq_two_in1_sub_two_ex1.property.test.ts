/**
 * C6r local_eq_two_in1_sub_two_ex1: ∂l₁/∂W₁ = 2s₁xᵀ − 2s₁*xᵀ = internal₁₁ − external₁₁.
 *
 * Claim:      C6 repaired: the local gradient is 2(in₁ − ex₁), and the suite's
 *             internal₁₁, external₁₁ are exactly 2in₁ and 2ex₁.
 * Hypotheses: two-layer linear nets, one sample. Exact arithmetic; Schwartz–Zippel with a
 *             computed degree.
 * Source:     "So what is going on?", the local gradient, with the factor 2 restored.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C6r-local_eq_two_in1_sub_two_ex1.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import { TWO_LAYER_NETS } from './arbitraries/net-shapes.js';
import { repairedSplit } from './support/note-terms.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: '∂l₁/∂W₁ = 2s₁ᵀx − 2s₁*ᵀx = internal₁₁ − external₁₁ (C6 with the factor 2)',
  hypotheses: 'two-layer linear nets, one sample; row-vector reading',
  source: '"So what is going on?": local gradient, repaired',
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: repairedSplit(1), numRuns: 120 }),
  ],
});

await testClaim(claim);
