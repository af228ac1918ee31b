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
  formal: {
    file: 'proofs/formal/TwoLayerSplit.v', theorem: 'distant_grad_eq_two_in2_sub_two_ex2',
    scope: 'two-layer linear nets, any widths n0, n1, n2 and any batch m, over any commutative ring',
    statement: String.raw`forall (R : comRingType) (n0 n1 n2 m : nat) (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)) (t2 : 'M[R]_(n2, m)), G12 W1 W2 x t2 = 2%:R *: (W2^T *m W2 *m s1 W1 x *m x^T) - 2%:R *: (W2^T *m t2 *m x^T) /\ G12 W1 W2 x t2 = internal12 W1 W2 x - external12 W1 W2 x t2 /\ internal12 W1 W2 x = 2%:R *: (W2^T *m W2 *m s1 W1 x *m x^T) /\ external12 W1 W2 x t2 = 2%:R *: (W2^T *m t2 *m x^T) /\ is_grad (fun W => loss2 W (lift W2) (lift x) (lift t2)) W1 (G12 W1 W2 x t2)`,
  },
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: repairedSplit(2), numRuns: 120 }),
  ],
});

await testClaim(claim);
