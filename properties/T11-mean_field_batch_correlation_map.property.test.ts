/**
 * T11 mean_field_batch_correlation_map: with a batch, the wide limit of the mean cosine is the
 * same mean-field ratio summed over the N² pairs of samples, the off-diagonal pairs weighted by the
 * correlation map κ_m = E h(z)h(z′).
 *
 * Claim:      E cos(G_ii, G_{i,i+k}), averaged over i, lies within 2/W of
 *             Σ_p w_p I_p K_{i−1,p} / √(Σ_p w_p A_p K_{i−1,p} · Σ_p w_p V_{i,p} K_{i−1,p}) averaged over i
 *             (src/theory/pair-moments.ts, mean-field.ts): p ∈ {diagonal (w = N), off-diagonal
 *             (w = N(N − 1))}, K = (q, κ), and I, A, V the T10 moments at correlation κ/q.
 *             κ₀ = 0; for linear and tanh κ stays 0 (no batch effect in the limit); for ReLU it rises
 *             towards q (the arc-cosine map), so a batch raises the cosine.
 * Hypotheses: reproduce's nets, the setups of the checks (ReLU, He, N = 8, W = 64 and 32). The tolerance 2/W
 *             is measured (largest error seen 0.11/W at the sites; it grows with L/W), not proved.
 * Source:     new; the note's open question "What does this tell us?".
 * Status:     statistical: betting confidence sequence, α = 1e-6 (exact), against prediction ± 2/W.
 * Proof:      proofs/T11-mean_field_batch_correlation_map.md
 */
import { defineClaim } from '../src/lang/define.js';
import { meanFieldGapCurve } from '../src/theory/mean-field.js';
import { T11_SITES, t11Tolerance } from './support/mean-field-sites.js';
import { predictionCheck } from './support/theory-checks.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: 'Gaussian nets with a batch: mean cosine at gap k = the mean-field ratio summed over pairs of samples with the correlation map κ_m (src/theory/mean-field.ts), within 2/W',
  hypotheses: 'W_i ~ N(0, g²/W), x ~ N(0, 1) (W × N), s_i* ~ N(0, σ²), ReLU (He) at the checks; float64 engine',
  source: 'new (the note\'s "What does this tell us?")',
  checks: T11_SITES.map(({ setup, gap }) => predictionCheck(setup, gap, meanFieldGapCurve(setup)[gap - 1]!, t11Tolerance(setup))),
});

await testClaim(claim);
