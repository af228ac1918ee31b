/**
 * C7 distant_eq_in2_sub_ex2_as_printed: (∂l₂/∂w₁)ᵀ = ((s₂ − s₂*)w₂ᵀ)ᵀx = ((s₁w₂)w₂ᵀ)ᵀx − (s₂*w₂ᵀ)ᵀx, as printed.
 *
 * Claim:      the distant gradient of the two-layer linear net is internal₂ − external₂
 *             with the note's in₂, ex₂ (row-vector reading, see support/note-terms.ts).
 * Hypotheses: two-layer linear nets, one sample. Exact arithmetic.
 * Source:     "So what is going on?", the distant gradient's three lines.
 * Status:     computed by running; the proof states the expected verdict (the factor 2
 *             is dropped again, and the first line writes ∂l₁/∂s₂ for ∂l₂/∂s₂; C7r is the repair).
 * Proof:      proofs/C7-distant_eq_in2_sub_ex2_as_printed.md
 */
import { defineClaim, identity } from '../src/claims/define.js';
import { IDENTITY_SET_SIZE, identityNets, TWO_LAYER_SHAPES } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { exact, exactAllPairs, mustEqual } from './support/exact-net.js';
import { noteTerms } from './support/note-terms.js';
import { testClaim } from './support/test-claim.js';

const distantEqPrinted = ({ spec }: Sample): void => {
  // Arrange
  const { in2, ex2 } = noteTerms(spec);
  // Act
  const distant = exactAllPairs(spec).pair(1, 2).gradient;
  // Assert
  mustEqual('∂l₂/∂W₁ vs ((s₁w₂)w₂ᵀ)ᵀx − (s₂*w₂ᵀ)ᵀx', distant, exact.sub(in2, ex2));
};

export const claim = defineClaim(import.meta.url, {
  statement: '(∂l₂/∂w₁)ᵀ = ((s₁w₂)w₂ᵀ)ᵀx − (s₂*w₂ᵀ)ᵀx, as printed',
  hypotheses: 'two-layer linear nets, one sample; row-vector reading',
  source: '"So what is going on?": distant gradient',
  checks: [identity({ label: 'two-layer linear nets', arbitraries: identityNets({ shapes: TWO_LAYER_SHAPES }), predicate: distantEqPrinted, degree: () => 5, setSize: IDENTITY_SET_SIZE })],
});

await testClaim(claim);
