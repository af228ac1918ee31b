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
 * Hypotheses: two-layer linear nets, one sample; x ≠ 0, s₁ ≠ 0, ‖b − a‖ < ‖a‖ (fc.pre).
 *             An inequality: no Schwartz–Zippel bound. Exact arithmetic.
 * Source:     "Namely, if w₂ acts like an autoencoder for inputs s₁, then s₁w₂w₂ᵀ ≈ s₁ …".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C8-autoencoder_bounds_internal_cosine.md
 */
import fc from 'fast-check';
import { defineClaim, identity } from '../src/claims/define.js';
import { autoencoderNets } from './arbitraries/autoencoder-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { dot, exact, exactAllPairs, exactNetwork, F } from './support/exact-net.js';
import { testClaim } from './support/test-claim.js';

const autoencoderBoundsInternalCosine = ({ spec }: Sample): void => {
  // Arrange
  const net = exactNetwork(spec);
  const [W1, W2] = net.weights as [typeof net.input, typeof net.input];
  const a = exact.matmul(W1, net.input);
  const b = exact.matmul(exact.matmul(exact.transpose(W2), W2), a);
  const [aa, r2] = [dot(a, a), dot(exact.sub(b, a), exact.sub(b, a))];
  fc.pre(!F.isZero(dot(net.input, net.input)) && !F.isZero(aa) && F.isPositive(F.sub(aa, r2)));
  // Act
  const all = exactAllPairs(spec);
  const [in1, in2] = [all.pair(1, 1).internal, all.pair(1, 2).internal];
  const d = dot(in1, in2);
  // Assert
  if (!F.isPositive(d)) throw new Error(`internal₁₁·internal₁₂ = ${F.format(d)} is not > 0`);
  const slack = F.sub(F.mul(F.mul(d, d), aa), F.mul(F.mul(dot(in1, in1), dot(in2, in2)), F.sub(aa, r2)));
  if (F.isPositive(F.neg(slack))) throw new Error(`cos²(in₁, in₂) < 1 − ε²: slack ${F.format(slack)}`);
};

export const claim = defineClaim(import.meta.url, {
  statement: 'if ‖s₁w₂w₂ᵀ − s₁‖ ≤ ε‖s₁‖, ε < 1, then S(internal₁₁, internal₁₂) ≥ √(1 − ε²)',
  hypotheses: 'two-layer linear nets, one sample; x ≠ 0, s₁ ≠ 0',
  source: '"Namely, if w₂ acts like an autoencoder for inputs s₁ …"',
  checks: [identity({ label: 'near-autoencoder W₂ = [I; 0] + E, |E| ≤ 0.2', arbitraries: autoencoderNets(), predicate: autoencoderBoundsInternalCosine, numRuns: 160 })],
});

await testClaim(claim);
