/**
 * T6 relu_one_sample_wide_limit_cosine: for one sample in a Gaussian ReLU net, the mean
 * cosine at gap k is T5's formula with σ² → σ²/2 and q_m = (g²/2)^m, up to O(L/W).
 *
 * Claim:      E cos(∂l_i/∂W_i, ∂l_{i+k}/∂W_i), averaged over i, lies within L/(2W) of
 *             [(1 + σ²/(2q_i))(k + 1 + σ²/(2q_{i+k}))]^{−1/2} averaged over i. With He
 *             initialisation (g = √2, q_m = 1) the mask halves what the targets add.
 * Hypotheses: reproduce's nets, ReLU (h′(0) = 0), N = 1, the setups of the checks. The
 *             tolerance is measured on the exact law (T7), not proved: the live-unit count
 *             Binomial(W, ½) makes the finite-width error grow with depth.
 * Source:     new; the note's open question "What does this tell us?".
 * Status:     statistical: betting confidence sequence, α = 1e-6 (exact), against prediction ± L/(2W).
 * Proof:      proofs/T6-relu_one_sample_wide_limit_cosine.md
 */
import { defineClaim } from '../src/lang/define.js';
import { wideGapCurve } from '../src/theory/wide-limit.js';
import { predictionCheck } from './support/theory-checks.js';
import { T6_SITES, t6Tolerance } from './support/theory-sites.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: 'one-sample Gaussian ReLU nets: mean cosine at gap k = [(1 + σ²/2q_i)(k + 1 + σ²/2q_{i+k})]^{−1/2}, q_m = (g²/2)^m, within L/(2W)',
  hypotheses: 'W_i ~ N(0, g²/W), x ~ N(0, 1), s_i* ~ N(0, σ²), one sample, ReLU; float64 engine',
  source: 'new (the note\'s "What does this tell us?")',
  uses: ['T5', 'T7'],
  checks: T6_SITES.map(({ setup, gap }) => predictionCheck(setup, gap, wideGapCurve(setup)[gap - 1]!, t6Tolerance(setup))),
});

await testClaim(claim);
