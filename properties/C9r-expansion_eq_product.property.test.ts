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
  checks: [
    forAll({ label: 'two-layer linear nets', nets: TWO_LAYER_NETS, claim: expandsProduct(expansionOf, 'the expansion'), numRuns: 120 }),
  ],
});

await testClaim(claim);
