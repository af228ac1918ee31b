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
  formal: {
    file: 'proofs/formal/TwoLayerSplit.v', theorem: 'local_grad_eq_two_in1_sub_two_ex1',
    scope: 'two-layer linear nets, any widths n0, n1 and any batch m, over any commutative ring',
    statement: String.raw`forall (R : comRingType) (n0 n1 m : nat) (W1 : 'M[R]_(n1, n0)) (x : 'M[R]_(n0, m)) (t1 : 'M[R]_(n1, m)), G11 W1 x t1 = 2%:R *: (s1 W1 x *m x^T) - 2%:R *: (t1 *m x^T) /\ G11 W1 x t1 = internal11 W1 x - external11 W1 x t1 /\ internal11 W1 x = 2%:R *: (s1 W1 x *m x^T) /\ external11 W1 x t1 = 2%:R *: (t1 *m x^T) /\ is_grad (fun W => loss1 W (lift x) (lift t1)) W1 (G11 W1 x t1)`,
  },
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: repairedSplit(1), numRuns: 120 }),
  ],
});

await testClaim(claim);
