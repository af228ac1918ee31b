/**
 * C8 autoencoder_bounds_internal_cosine: if ‖s₁w₂w₂ᵀ − s₁‖ ≤ ε‖s₁‖ with ε < 1, then
 * S(internal₁₁, internal₁₂) ≥ √(1 − ε²).
 *
 * Claim:      the note's "if w₂ acts like an autoencoder for s₁ … the internal terms
 *             align", made quantitative. With a = s₁ and b = W₂ᵀW₂s₁ (= (s₁w₂w₂ᵀ)ᵀ),
 *             internal₁₁ = 2axᵀ and internal₁₂ = 2bxᵀ, so their cosine is S(a, b), and
 *             b lies in the ball of radius ε‖a‖ around a, whose points make an angle
 *             θ with sin θ ≤ ε. Checked exactly in squared form:
 *             ⟨in₁,in₂⟩ > 0 and ⟨in₁,in₂⟩²‖a‖² ≥ ‖in₁‖²‖in₂‖²(‖a‖² − ‖b − a‖²).
 * Hypotheses: two-layer linear nets, one sample; x ≠ 0, s₁ ≠ 0, ‖b − a‖ < ‖a‖. Exact search;
 *             Z3 decides each shape (widths ≤ 2) over all reals.
 * Source:     "Namely, if w₂ acts like an autoencoder for inputs s₁, then s₁w₂w₂ᵀ ≈ s₁ …".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C8-autoencoder_bounds_internal_cosine.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { allPairGradients } from '../src/network/gradients.js';
import { SOLVER_NETS } from './arbitraries/net-shapes.js';
import { testClaim } from './support/test-claim.js';

const autoencoderBoundsInternalCosine = <M, S>(k: Kit<M, S>): void => {
  // Arrange: a = s₁, b = W₂ᵀW₂s₁, hypotheses x ≠ 0, a ≠ 0, ‖b − a‖ < ‖a‖
  const { alg, net } = k;
  const F = alg.field;
  const [W1, W2] = net.weights as [M, M];
  const a = alg.matmul(W1, net.input);
  const b = alg.matmul(alg.matmul(alg.transpose(W2), W2), a);
  const [xx, aa, ab, bb] = [alg.dot(net.input, net.input), alg.dot(a, a), alg.dot(a, b), alg.dot(b, b)];
  const r2 = alg.dot(alg.sub(b, a), alg.sub(b, a));
  k.assumePositive('‖x‖²', xx);
  k.assumePositive('‖s₁‖²', aa);
  k.assumePositive('‖s₁‖² − ‖s₁w₂w₂ᵀ − s₁‖²', F.sub(aa, r2));
  // Act
  const all = allPairGradients(alg, net);
  const [in1, in2] = [all.pair(1, 1).internal, all.pair(1, 2).internal];
  const d = alg.dot(in1, in2);
  const slack = F.sub(F.mul(F.mul(d, d), aa), F.mul(F.mul(alg.dot(in1, in1), alg.dot(in2, in2)), F.sub(aa, r2)));
  // Assert: d > 0, and slack = 16‖x‖⁴‖a‖²(a·b − b·b)² = ‖4(a·b − b·b)‖x‖²·a‖² ≥ 0
  k.positive('internal₁₁ · internal₁₂', d);
  k.nonneg('⟨in₁,in₂⟩²‖s₁‖² − ‖in₁‖²‖in₂‖²(‖s₁‖² − ε²‖s₁‖²)', slack, [alg.scale(a, F.mul(F.mul(k.int(4), F.sub(ab, bb)), xx))]);
};

export const claim = defineClaim(import.meta.url, {
  statement: 'if ‖s₁w₂w₂ᵀ − s₁‖ ≤ ε‖s₁‖, ε < 1, then S(internal₁₁, internal₁₂) ≥ √(1 − ε²)',
  hypotheses: 'two-layer linear nets, one sample; x ≠ 0, s₁ ≠ 0',
  source: '"Namely, if w₂ acts like an autoencoder for inputs s₁ …"',
  formal: {
    file: 'proofs/formal/TwoLayerAlign.v', theorem: 'autoencoder_bounds_internal_cosine',
    scope: 'two-layer linear nets, one sample, any widths n0, n1, n2, over any real ordered domain (the squared form: no square roots)',
    statement: String.raw`forall (R : realDomainType) (n0 n1 n2 : nat) (W1 : 'M[R]_(n1, n0)) (W2 : 'M[R]_(n2, n1)) (x : 'M[R]_(n0, 1)), x != 0 -> sqnorm (W2^T *m W2 *m s1 W1 x - s1 W1 x) < sqnorm (s1 W1 x) -> 0 < frob (internal11 W1 x) (internal12 W1 W2 x) /\ sqnorm (internal11 W1 x) * sqnorm (internal12 W1 W2 x) * (sqnorm (s1 W1 x) - sqnorm (W2^T *m W2 *m s1 W1 x - s1 W1 x)) <= frob (internal11 W1 x) (internal12 W1 W2 x) ^+ 2 * sqnorm (s1 W1 x)`,
  },
  uses: ['C6r', 'C7r'],
  checks: [
    forAll({ label: 'two-layer linear nets, one sample (Z3 at each shape)', nets: { ...SOLVER_NETS, batch: [0, 0] }, claim: autoencoderBoundsInternalCosine, numRuns: 200 }),
  ],
});

await testClaim(claim);
