/**
 * T3 one_sample_cosine_eq_error_cosine: with one sample, S(G_ii, G_ij) = S(δ_i^(i), δ_i^(j)).
 *
 * Claim:      G_ij = δ_i^(j) s_{i−1}ᵀ with δ_i^(j) = ∂l_j/∂z_i, so every gradient of W_i is an
 *             outer product with the same s_{i−1}: ⟨G_ii, G_ij⟩ = ‖s_{i−1}‖²⟨δ_i^(i), δ_i^(j)⟩
 *             and the factor cancels in the cosine. Checked exactly as equal signs and
 *             ⟨G,G′⟩²‖δ‖²‖δ′‖² = ⟨δ,δ′⟩²‖G‖²‖G′‖², with δ from explicit Jacobians.
 * Hypotheses: one sample; s_{i−1} ≠ 0 (else both gradients vanish and S = 0 by convention).
 *             Linear nets (polynomial identity) and ReLU nets. Exact arithmetic.
 * Source:     new; alignment of W_i's gradients is alignment of the errors reaching layer i.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/T3-one_sample_cosine_eq_error_cosine.md
 */
import { defineClaim, identity } from '../src/claims/define.js';
import { IDENTITY_SET_SIZE, identityNets, ONE_SAMPLE_SHAPES } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { dot, exactAllPairs, exactNetwork, F, mustEqualScalar, pairsBelow, type Scalar } from './support/exact-net.js';
import { errorAt } from './support/jacobians.js';
import { testClaim } from './support/test-claim.js';

const sign = (x: Scalar): number => (F.isZero(x) ? 0 : F.isPositive(x) ? 1 : -1);

const cosineEqErrorCosine = ({ spec }: Sample): void => {
  // Arrange
  const net = exactNetwork(spec);
  const all = exactAllPairs(spec);
  for (const [i, j] of pairsBelow(all.depth)) {
    const prev = all.forward.s[i - 1]!;
    if (F.isZero(dot(prev, prev))) continue; // hypothesis s_{i−1} ≠ 0
    // Act
    const [G, H] = [all.pair(i, i).gradient, all.pair(i, j).gradient];
    const [d, e] = [errorAt(net, i, i, 0), errorAt(net, i, j, 0)];
    // Assert
    if (sign(dot(G, H)) !== sign(dot(d, e))) throw new Error(`sign of ⟨G_${i}${i}, G_${i}${j}⟩ differs from that of ⟨δ, δ′⟩`);
    const lhs = F.mul(F.mul(F.mul(dot(G, H), dot(G, H)), dot(d, d)), dot(e, e));
    const rhs = F.mul(F.mul(F.mul(dot(d, e), dot(d, e)), dot(G, G)), dot(H, H));
    mustEqualScalar(`cos² of gradients vs cos² of errors at (${i}, ${j}), cross-multiplied`, lhs, rhs);
  }
};

export const claim = defineClaim(import.meta.url, {
  statement: 'one sample: S(G_ii, G_ij) = S(δ_i^(i), δ_i^(j)), the cosine of the errors back-propagated to z_i',
  hypotheses: 'one sample, s_{i−1} ≠ 0; linear and ReLU nets',
  source: 'new',
  checks: [
    identity({ label: 'linear nets', arbitraries: identityNets({ shapes: ONE_SAMPLE_SHAPES }), predicate: cosineEqErrorCosine, degree: (t) => 8 * (2 * t.spec.weights.length + 1), setSize: IDENTITY_SET_SIZE, numRuns: 64 }),
    identity({ label: 'ReLU nets', arbitraries: identityNets({ shapes: ONE_SAMPLE_SHAPES, activation: 'relu' }), predicate: cosineEqErrorCosine, numRuns: 32 }),
  ],
});

await testClaim(claim);
