/**
 * C7r distant_eq_two_in2_sub_two_ex2: ∂l₂/∂W₁ = 2W₂ᵀW₂s₁xᵀ − 2W₂ᵀs₂*xᵀ = internal₁₂ − external₁₂.
 *
 * Claim:      C7 repaired: the distant gradient is 2(in₂ − ex₂), and the suite's
 *             internal₁₂, external₁₂ are exactly 2in₂ and 2ex₂.
 * Hypotheses: two-layer linear nets, one sample. Exact arithmetic; Schwartz–Zippel with a
 *             computed degree.
 * Source:     "So what is going on?", the distant gradient, with ∂l₂/∂s₂ and the factor 2.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C7r-distant_eq_two_in2_sub_two_ex2.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import { TWO_LAYER_NETS } from './arbitraries/net-shapes.js';
import { repairedSplit } from './support/note-terms.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: '∂l₂/∂W₁ = 2((s₁w₂)w₂ᵀ)ᵀx − 2(s₂*w₂ᵀ)ᵀx = internal₁₂ − external₁₂ (C7 with ∂l₂/∂s₂ and the factor 2)',
  hypotheses: 'two-layer linear nets, one sample; row-vector reading',
  source: '"So what is going on?": distant gradient, repaired',
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: repairedSplit(2), numRuns: 120 }),
  ],
});

await testClaim(claim);
