/**
 * C1 global_eq_local_add_distant: ∂L/∂W_i = ∂l_i/∂W_i + Σ_{j>i} ∂l_j/∂W_i.
 *
 * Claim:      for every layer i of a net of any depth, the gradient of L = Σ_j l_j is the
 *             local gradient plus every distant gradient.
 * Hypotheses: linear nets (a polynomial identity: Schwartz–Zippel bound); ReLU nets as a
 *             second check (h′(0) = 0). Exact arithmetic.
 * Source:     the note's first display equation, "global = local + Σ_{j>i} distant".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C1-global_eq_local_add_distant.md
 */
import { defineClaim, identity } from '../src/claims/define.js';
import { globalFromPairs, globalGradients } from '../src/network/gradients.js';
import { IDENTITY_SET_SIZE, identityNets } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { exact, exactAllPairs, exactNetwork, gradientDegree, mustEqual } from './support/exact-net.js';
import { testClaim } from './support/test-claim.js';


const globalEqLocalAddDistant = ({ spec }: Sample): void => {
  // Arrange
  const all = exactAllPairs(spec);
  // Act: ∂L/∂W_i by one sweep of the total loss, independent of the per-loss sweeps
  const global = globalGradients(exact, exactNetwork(spec));
  // Assert
  global.forEach((g, k) => mustEqual(`∂L/∂W_${k + 1} vs local + Σ distant`, g, globalFromPairs(exact, all, k + 1)));
};

export const claim = defineClaim(import.meta.url, {
  statement: '∂L/∂W_i = ∂l_i/∂W_i + Σ_{j>i} ∂l_j/∂W_i for every layer i, any depth',
  hypotheses: 'linear nets (polynomial identity); ReLU nets as a second check',
  source: 'first display equation: global = local + Σ distant',
  checks: [
    identity({ label: 'linear nets', arbitraries: identityNets(), predicate: globalEqLocalAddDistant, degree: (t) => gradientDegree(t.spec), setSize: IDENTITY_SET_SIZE }),
    identity({ label: 'ReLU nets', arbitraries: identityNets({ activation: 'relu' }), predicate: globalEqLocalAddDistant, numRuns: 50 }),
  ],
});

await testClaim(claim);
