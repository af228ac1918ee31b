/**
 * C10 aligned_terms_imply_positive_dot: local·distant = (in_i·in_j + ex_i·ex_j) − (in_i·ex_j + ex_i·in_j);
 * so internals aligned, externals aligned and cross terms anti-aligned give local·distant ≥ 0.
 *
 * Claim:      the note's corollary, made precise for every pair i < j of a net of any
 *             depth: local·distant increases with in·in and ex·ex and decreases with
 *             the cross terms (coefficients +1, +1, −1, −1), and is ≥ 0 when all four
 *             have the favourable sign.
 * Hypotheses: linear nets of depth 1–4 (polynomial identity); ReLU nets as a second check.
 * Source:     "So alignment is strongest when both internal terms aligned …".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C10-aligned_terms_imply_positive_dot.md
 */
import { defineClaim, identity } from '../src/claims/define.js';
import { IDENTITY_SET_SIZE, identityNets } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { dot, dotDegree, exactAllPairs, F, mustEqualScalar, pairsBelow } from './support/exact-net.js';
import { expansion } from './support/expansion.js';
import { testClaim } from './support/test-claim.js';

const alignedTermsImplyPositiveDot = ({ spec }: Sample): void => {
  // Arrange
  const all = exactAllPairs(spec);
  for (const [i, j] of pairsBelow(all.depth)) {
    const [local, distant] = [all.pair(i, i), all.pair(i, j)];
    const t = { in1: local.internal, ex1: local.external, in2: distant.internal, ex2: distant.external };
    // Act
    const product = dot(local.gradient, distant.gradient);
    // Assert
    mustEqualScalar(`local·distant vs the expansion at (${i}, ${j})`, product, expansion(t));
    const favourable = !F.isPositive(F.neg(dot(t.in1, t.in2))) && !F.isPositive(F.neg(dot(t.ex1, t.ex2)))
      && !F.isPositive(dot(t.in1, t.ex2)) && !F.isPositive(dot(t.ex1, t.in2));
    if (favourable && F.isPositive(F.neg(product))) throw new Error(`favourable signs but local·distant < 0 at (${i}, ${j})`);
  }
};

export const claim = defineClaim(import.meta.url, {
  statement: 'local·distant = (in_i·in_j + ex_i·ex_j) − (in_i·ex_j + ex_i·in_j); favourable signs of the four give local·distant ≥ 0',
  hypotheses: 'linear nets, any pair i < j; ReLU nets as a second check',
  source: '"So alignment is strongest when …" (last sentence)',
  checks: [
    identity({ label: 'linear nets', arbitraries: identityNets(), predicate: alignedTermsImplyPositiveDot, degree: (t) => dotDegree(t.spec), setSize: IDENTITY_SET_SIZE }),
    identity({ label: 'ReLU nets', arbitraries: identityNets({ activation: 'relu' }), predicate: alignedTermsImplyPositiveDot, numRuns: 40 }),
  ],
});

await testClaim(claim);
