/**
 * T10 mean_field_one_sample_any_activation: for one sample, the wide limit of the mean cosine at
 * gap k, for any activation h, is the ratio given by the mean-field recursions (q, μ = E (hh′)′, V).
 *
 * Claim:      E cos(G_ii, G_{i,i+k}), averaged over i, lies within 2/W of the mean-field value
 *             g²μ_{i+1} E[h′²h²] / √(E[h′²(h² + σ²)] · V_i) averaged over i (src/theory/mean-field.ts),
 *             where μ_j = E (hh′)′(z_j), μ_m = g² μ_{m+1} E (hh′)′(z_m), V_j = E h′²(h² + σ²),
 *             V_m = g² E[h′²] V_{m+1} + g⁴ μ_{m+1}² E[h′²h²], z_m ~ N(0, g² q_{m−1}), q_m = E h(z_m)².
 *             For linear and ReLU this is T5 and T6 exactly (unit-tested to 1e-12).
 * Hypotheses: reproduce's nets, N = 1, the setups of the checks (tanh). The limit is derived by
 *             Gaussian conditioning (exact steps and the one limit step named in the proof); the
 *             tolerance 2/W is measured (largest error seen 0.45/W at the sites), not proved.
 * Source:     new; the note's open question "What does this tell us?".
 * Status:     statistical: betting confidence sequence, α = 1e-6 (exact), against prediction ± 2/W.
 * Proof:      proofs/T10-mean_field_one_sample_any_activation.md
 */
import { defineClaim } from '../src/lang/define.js';
import { meanFieldGapCurve } from '../src/theory/mean-field.js';
import { T10_SITES, t10Tolerance } from './support/mean-field-sites.js';
import { predictionCheck } from './support/theory-checks.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: 'one-sample Gaussian nets, any h: mean cosine at gap k = the mean-field ratio g²μ_{i+1}E[h′²h²]/√(E[h′²(h²+σ²)]·V_i) (src/theory/mean-field.ts), within 2/W',
  hypotheses: 'W_i ~ N(0, g²/W), x ~ N(0, 1), s_i* ~ N(0, σ²), one sample, tanh at the checks (linear and ReLU: T5, T6); float64 engine',
  source: 'new (the note\'s "What does this tell us?")',
  checks: T10_SITES.map(({ setup, gap }) => predictionCheck(setup, gap, meanFieldGapCurve(setup)[gap - 1]!, t10Tolerance(setup))),
});

await testClaim(claim);
