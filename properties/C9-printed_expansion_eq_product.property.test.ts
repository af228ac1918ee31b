/**
 * C9 printed_expansion_eq_product: (in₁ − ex₁)·(in₂ − ex₂) = in₁·in₂ − in₁·ex₂ − in₂·ex₂ + ex₂·ex₁, as printed.
 *
 * Claim:      the note's expansion of local·distant into the four pairwise products.
 * Hypotheses: two-layer linear nets, one sample; in/ex are the suite's internal/external
 *             terms of the pairs (1,1) and (1,2) (C6r, C7r: twice the note's). Exact arithmetic.
 * Source:     "The alignment happens so long as:", second line.
 * Status:     computed by running; the proof states the expected verdict (the third
 *             term should be ex₁·in₂; C9r is the repair).
 * Proof:      proofs/C9-printed_expansion_eq_product.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import { TWO_LAYER_NETS } from './arbitraries/net-shapes.js';
import { expandsProduct, printedExpansionOf } from './support/expansion.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: String.raw`$(in_1 - ex_1)\cdot(in_2 - ex_2) = in_1\cdot in_2 - in_1\cdot ex_2 - in_2\cdot ex_2 + ex_2\cdot ex_1$, as printed`,
  hypotheses: 'two-layer linear nets, one sample',
  source: '"The alignment happens so long as:", second line',
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: expandsProduct(printedExpansionOf, 'the printed expansion') }),
  ],
});

await testClaim(claim);
