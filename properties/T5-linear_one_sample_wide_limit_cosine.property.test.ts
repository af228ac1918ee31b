/**
 * T5 linear_one_sample_wide_limit_cosine: for one sample in a Gaussian linear net, the mean
 * cosine at gap k is cos∞(i, k) = [(1 + σ²/q_i)(k + 1 + σ²/q_{i+k})]^{−1/2}, q_m = g^{2m}, up to O(1/W).
 *
 * Claim:      E cos(∂l_i/∂W_i, ∂l_{i+k}/∂W_i), averaged over i as reproduce does, lies within
 *             3/W of cos∞ averaged over i (src/theory/wide-limit.ts). With g = 1, σ = 0:
 *             1/√(k + 1), so 0.71 at gap 1 and 0.22 at gap 19.
 * Hypotheses: reproduce's nets: W_i ~ N(0, g²/W), x ~ N(0, 1), s_i* ~ N(0, σ²) at every
 *             layer, N = 1; linear; the setups of the checks. The tolerance 3/W is measured, not
 *             proved: the exact law (T7) deviates from cos∞ by ≤ 2/W for σ ≤ 1, L ≤ 20, W ≥ 8.
 * Source:     new; the note's open question "What does this tell us?".
 * Status:     statistical: betting confidence sequence, α = 1e-6 (exact), against prediction ± 3/W.
 * Proof:      proofs/T5-linear_one_sample_wide_limit_cosine.md
 */
import { defineClaim } from '../src/lang/define.js';
import { wideGapCurve } from '../src/theory/wide-limit.js';
import { predictionCheck } from './support/theory-checks.js';
import { T5_SITES, t5Tolerance } from './support/theory-sites.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: 'one-sample Gaussian linear nets: mean cosine at gap k = [(1 + σ²/q_i)(k + 1 + σ²/q_{i+k})]^{−1/2}, q_m = g^{2m}, within 3/W',
  hypotheses: 'W_i ~ N(0, g²/W), x ~ N(0, 1), s_i* ~ N(0, σ²), one sample, linear; float64 engine',
  source: 'new (the note\'s "What does this tell us?")',
  uses: ['T7', 'T8'],
  checks: T5_SITES.map(({ setup, gap }) => predictionCheck(setup, gap, wideGapCurve(setup)[gap - 1]!, t5Tolerance(setup))),
});

await testClaim(claim);
