/**
 * C9r expansion_eq_product: (in₁ − ex₁)·(in₂ − ex₂) = in₁·in₂ − in₁·ex₂ − ex₁·in₂ + ex₁·ex₂.
 *
 * Claim:      C9 repaired (third term ex₁·in₂): local·distant expands into the four
 *             pairwise products of the internal and external terms.
 * Hypotheses: two-layer linear nets, one sample. Exact arithmetic.
 * Source:     "The alignment happens so long as:", second line, repaired.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C9r-expansion_eq_product.md
 */
import { defineClaim, identity } from '../src/claims/define.js';
import { IDENTITY_SET_SIZE, identityNets, TWO_LAYER_SHAPES } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { dotDegree } from './support/exact-net.js';
import { expansion, mustExpandProduct } from './support/expansion.js';
import { testClaim } from './support/test-claim.js';

const expansionEqProduct = ({ spec }: Sample): void => mustExpandProduct(spec, expansion, 'the expansion');

export const claim = defineClaim(import.meta.url, {
  statement: '(in₁ − ex₁)·(in₂ − ex₂) = in₁·in₂ − in₁·ex₂ − ex₁·in₂ + ex₁·ex₂',
  hypotheses: 'two-layer linear nets, one sample',
  source: '"The alignment happens so long as:", second line, repaired',
  checks: [identity({ label: 'two-layer linear nets', arbitraries: identityNets({ shapes: TWO_LAYER_SHAPES }), predicate: expansionEqProduct, degree: (t) => dotDegree(t.spec), setSize: IDENTITY_SET_SIZE })],
});

await testClaim(claim);
