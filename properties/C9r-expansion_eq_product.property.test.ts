/**
 * C9r expansion_eq_product: (in₁ − ex₁)·(in₂ − ex₂) = in₁·in₂ − in₁·ex₂ − ex₁·in₂ + ex₁·ex₂.
 *
 * Claim:      C9 repaired (third term ex₁·in₂): local·distant expands into the four
 *             pairwise products of the internal and external terms.
 * Hypotheses: two-layer linear nets, one sample. Exact arithmetic; Schwartz–Zippel with a
 *             computed degree.
 * Source:     "The alignment happens so long as:", second line, repaired.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C9r-expansion_eq_product.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import { TWO_LAYER_NETS } from './arbitraries/net-shapes.js';
import { expandsProduct, expansionOf } from './support/expansion.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: '(in₁ − ex₁)·(in₂ − ex₂) = in₁·in₂ − in₁·ex₂ − ex₁·in₂ + ex₁·ex₂',
  hypotheses: 'two-layer linear nets, one sample',
  source: '"The alignment happens so long as:", second line, repaired',
  formal: {
    file: 'proofs/formal/TwoLayerSplit.v', theorem: 'local_dot_distant_eq_expansion',
    scope: 'two-layer linear nets, any widths n0, n1, n2 and any batch m, over any commutative ring',
    statement: String.raw`forall (R : comRingType) (n0 n1 n2 m : nat) (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, m)) (t1 : 'M[R]_(n1, m)) (t2 : 'M[R]_(n2, m)), frob (G11 W1 x t1) (G12 W1 W2 x t2) = frob (internal11 W1 x) (internal12 W1 W2 x) - frob (internal11 W1 x) (external12 W1 W2 x t2) - frob (external11 W1 x t1) (internal12 W1 W2 x) + frob (external11 W1 x t1) (external12 W1 W2 x t2)`,
  },
  uses: ['C6r', 'C7r'],
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: expandsProduct(expansionOf, 'the expansion'), numRuns: 120 }),
  ],
});

await testClaim(claim);
