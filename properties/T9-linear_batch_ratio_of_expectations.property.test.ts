/**
 * T9 linear_batch_ratio_of_expectations: with a batch of N samples, the mean cosine of a
 * Gaussian linear net is the ratio of the exact expectations of its inner products, up to O(1/W).
 *
 * Claim:      E cos(G_ii, G_ij), averaged over i, lies within 2/W of
 *             [(1 + r_i)(c̃_k + r_i/g^{2k})]^{−1/2} averaged over i (src/theory/batch.ts), where
 *             r_i = σ²Wn/m, m = g²(N u_{i−1} + N(N+1) v_{i−1}) (T8), n = NWg^{2(i−1)}, and
 *             c̃_k = 1/(E cos at σ = 0)² from T7's law (the k-fold product at its typical value).
 *             The batch enters only through m/n ≈ q_i(1 + (N + 1)·i/W): the samples' inputs to
 *             deep layers are correlated, their signal adds coherently and the targets' noise does not.
 * Hypotheses: reproduce's nets, linear, the setups of the checks. An approximation (ratio of
 *             expectations for an expectation of a ratio); the tolerance 2/W is measured
 *             (largest error seen 1.6/W, at gap 1 of L = 20, W = 50, N = 10, σ = 1), not proved.
 * Source:     new; the note's open question "What does this tell us?".
 * Status:     statistical: betting confidence sequence, α = 1e-6 (exact), against prediction ± 2/W.
 * Proof:      proofs/T9-linear_batch_ratio_of_expectations.md
 */
import { defineClaim } from '../src/lang/define.js';
import { batchGapCurve } from '../src/theory/batch.js';
import { predictionCheck } from './support/theory-checks.js';
import { T9_SITES, t9Tolerance } from './support/theory-sites.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: 'Gaussian linear nets with a batch: mean cosine at gap k = the ratio of exact expectations with the typical k-fold factor (src/theory/batch.ts), within 2/W',
  hypotheses: 'W_i ~ N(0, g²/W), x ~ N(0, 1) (W × N), s_i* ~ N(0, σ²), linear; float64 engine',
  source: 'new (the note\'s "What does this tell us?")',
  uses: ['T5', 'T8'],
  checks: T9_SITES.map(({ setup, gap }) => predictionCheck(setup, gap, batchGapCurve(setup)[gap - 1]!, t9Tolerance(setup))),
});

await testClaim(claim);
