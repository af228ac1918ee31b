/**
 * T3 one_sample_cosine_eq_error_cosine: with one sample, S(G_ii, G_ij) = S(δ_i^(i), δ_i^(j)).
 *
 * Claim:      G_ij = δ_i^(j) s_{i−1}ᵀ with δ_i^(j) = ∂l_j/∂z_i, so every gradient of W_i is an
 *             outer product with the same s_{i−1}: ⟨G_ii, G_ij⟩ = ‖s_{i−1}‖²⟨δ_i^(i), δ_i^(j)⟩,
 *             ‖G_ii‖² = ‖s_{i−1}‖²‖δ_i^(i)‖², ‖G_ij‖² = ‖s_{i−1}‖²‖δ_i^(j)‖², so the factor cancels
 *             in the cosine; δ from explicit Jacobians.
 * Hypotheses: one sample; s_{i−1} ≠ 0 (else both gradients vanish and S = 0 by convention).
 *             Linear and ReLU nets. Identities: Schwartz–Zippel, computed degree.
 * Source:     new; alignment of W_i's gradients is alignment of the errors reaching layer i.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/T3-one_sample_cosine_eq_error_cosine.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { allPairGradients } from '../src/network/gradients.js';
import { ONE_SAMPLE_NETS } from './arbitraries/net-shapes.js';
import { errorAtOn } from './support/jacobians.js';
import { pairsBelow } from './support/pairs.js';
import { testClaim } from './support/test-claim.js';

const gradientsAreErrorsTimesInput = <M, S>({ alg, net, equalScalar }: Kit<M, S>): void => {
  // Arrange
  const F = alg.field;
  const all = allPairGradients(alg, net);
  for (const [i, j] of pairsBelow(all.depth)) {
    const ss = alg.dot(all.forward.s[i - 1]!, all.forward.s[i - 1]!);
    // Act
    const [G, H] = [all.pair(i, i).gradient, all.pair(i, j).gradient];
    const [d, e] = [errorAtOn(alg, net, i, i, 0), errorAtOn(alg, net, i, j, 0)];
    // Assert: every inner product of the gradients is that of the errors times ‖s_{i−1}‖²
    equalScalar(`⟨G_${i}${i}, G_${i}${j}⟩ vs ‖s_${i - 1}‖²⟨δ, δ′⟩`, alg.dot(G, H), F.mul(ss, alg.dot(d, e)));
    equalScalar(`‖G_${i}${i}‖² vs ‖s_${i - 1}‖²‖δ‖²`, alg.dot(G, G), F.mul(ss, alg.dot(d, d)));
    equalScalar(`‖G_${i}${j}‖² vs ‖s_${i - 1}‖²‖δ′‖²`, alg.dot(H, H), F.mul(ss, alg.dot(e, e)));
  }
};

export const claim = defineClaim(import.meta.url, {
  statement: 'one sample: S(G_ii, G_ij) = S(δ_i^(i), δ_i^(j)), the cosine of the errors back-propagated to z_i',
  hypotheses: 'one sample, s_{i−1} ≠ 0; linear and ReLU nets',
  source: 'new',
  formal: {
    file: 'proofs/formal/DeepAlign.v', theorem: 'one_sample_grad_dot_eq_error_dot',
    scope: 'one sample, any depth, every pair i, j, any widths, any fixed masks D_k (linear and ReLU), over any commutative ring',
    statement: String.raw`forall (R : comRingType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N)) (D : forall k, 'M[R]_(n k, 1%N)) (W : forall k, 'M[R]_(n k, n k.-1)) (t : forall k, 'M[R]_(n k, 1%N)) (i j : nat), frob (grad_loss x D W t i i) (grad_loss x D W t i j) = frob (backprop D W i i (2%:R *: (fwd x D W i - t i))) (backprop D W i j (2%:R *: (fwd x D W j - t j))) * sqnorm (fwd x D W i.-1) /\ sqnorm (grad_loss x D W t i i) = sqnorm (backprop D W i i (2%:R *: (fwd x D W i - t i))) * sqnorm (fwd x D W i.-1) /\ sqnorm (grad_loss x D W t i j) = sqnorm (backprop D W i j (2%:R *: (fwd x D W j - t j))) * sqnorm (fwd x D W i.-1)`,
  },
  uses: ['C2'],
  checks: [
    forAll({ label: 'linear nets', nets: ONE_SAMPLE_NETS, claim: gradientsAreErrorsTimesInput, numRuns: 64 }),
    forAll({ label: 'ReLU nets', nets: { ...ONE_SAMPLE_NETS, activation: 'relu' }, claim: gradientsAreErrorsTimesInput, numRuns: 32 }),
  ],
});

await testClaim(claim);
