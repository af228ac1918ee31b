/**
 * C6 local_eq_in1_sub_ex1_as_printed: (∂l₁/∂w₁)ᵀ = (s₁ − s₁*)ᵀx = s₁ᵀx − s₁*ᵀx, exactly as printed.
 *
 * Claim:      the local gradient of the two-layer linear net is internal₁ − external₁
 *             with in₁ = s₁ᵀx and ex₁ = s₁*ᵀx (row-vector reading, see support/note-terms.ts).
 * Hypotheses: two-layer linear nets, one sample. Exact arithmetic.
 * Source:     "So what is going on?", the local gradient's three lines.
 * Status:     computed by running; the proof states the expected verdict (the printed
 *             formula drops the factor 2 of d‖e‖²/de = 2e; C6r is the repair).
 * Proof:      proofs/C6-local_eq_in1_sub_ex1_as_printed.md
 */
import { defineClaim, identity } from '../src/claims/define.js';
import { IDENTITY_SET_SIZE, identityNets, TWO_LAYER_SHAPES } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { exact, exactAllPairs, mustEqual } from './support/exact-net.js';
import { noteTerms } from './support/note-terms.js';
import { testClaim } from './support/test-claim.js';

const localEqPrinted = ({ spec }: Sample): void => {
  // Arrange
  const { in1, ex1 } = noteTerms(spec);
  // Act
  const local = exactAllPairs(spec).pair(1, 1).gradient;
  // Assert
  mustEqual('∂l₁/∂W₁ vs s₁ᵀx − s₁*ᵀx', local, exact.sub(in1, ex1));
};

export const claim = defineClaim(import.meta.url, {
  statement: '(∂l₁/∂w₁)ᵀ = s₁ᵀx − s₁*ᵀx, as printed',
  hypotheses: 'two-layer linear nets, one sample; row-vector reading',
  source: '"So what is going on?": local gradient',
  checks: [identity({ label: 'two-layer linear nets', arbitraries: identityNets({ shapes: TWO_LAYER_SHAPES }), predicate: localEqPrinted, degree: () => 3, setSize: IDENTITY_SET_SIZE })],
});

await testClaim(claim);
