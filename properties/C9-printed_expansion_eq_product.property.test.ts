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
import { defineClaim, identity } from '../src/claims/define.js';
import { IDENTITY_SET_SIZE, identityNets, TWO_LAYER_SHAPES } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { dotDegree } from './support/exact-net.js';
import { printedExpansion, mustExpandProduct } from './support/expansion.js';
import { testClaim } from './support/test-claim.js';

const printedExpansionEqProduct = ({ spec }: Sample): void => mustExpandProduct(spec, printedExpansion, 'the printed expansion');

export const claim = defineClaim(import.meta.url, {
  statement: '(in₁ − ex₁)·(in₂ − ex₂) = in₁·in₂ − in₁·ex₂ − in₂·ex₂ + ex₂·ex₁, as printed',
  hypotheses: 'two-layer linear nets, one sample',
  source: '"The alignment happens so long as:", second line',
  checks: [identity({ label: 'two-layer linear nets', arbitraries: identityNets({ shapes: TWO_LAYER_SHAPES }), predicate: printedExpansionEqProduct, degree: (t) => dotDegree(t.spec), setSize: IDENTITY_SET_SIZE })],
});

await testClaim(claim);
