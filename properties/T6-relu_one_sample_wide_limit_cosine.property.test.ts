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
  statement: String.raw`one-sample Gaussian ReLU nets: the mean cosine at gap $k$ is $\big[(1 + \sigma^2/2q_i)(k + 1 + \sigma^2/2q_{i+k})\big]^{-1/2}$ with $q_m = (g^2/2)^m$, within $L/(2W)$`,
  hypotheses: String.raw`$W_i \sim N(0, g^2/W)$, $x \sim N(0, 1)$, $s_i^* \sim N(0, \sigma^2)$, one sample, ReLU; the float64 engine`,
  source: 'new (predicts the curve behind "The strength of the similarity ranges from ~0.65 … to ~0.14")',
  uses: ['T5', 'T7'],
  checks: T6_SITES.map(({ setup, gap }) => predictionCheck(setup, gap, wideGapCurve(setup)[gap - 1]!, t6Tolerance(setup))),
});

await testClaim(claim);
