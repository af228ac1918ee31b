/**
 * T8 gaussian_product_moments: for J = A_k ⋯ A_1 with A_m i.i.d. W×W of N(0, 1/W) entries,
 * E tr(JᵀJ)²/W = c_k(W) and E tr((BᵀB)²) = N u_k + N(N + 1) v_k for B = J X, X ~ N(0, 1)^{W×N},
 * where (u, v) follow the recursion of src/theory/moments.ts: exact at every W.
 *
 * Claim:      polynomial identities in expectation (Wick's theorem), checked at c_2(4) =
 *             3 + 3/4 + 3/16 and the batch Gram moment at k = 1 (c_1 = 2 + 1/W is the Wishart
 *             value, unit-tested). These are the moments behind
 *             T5's k + 1 (c_k → k + 1) and T9's batch term.
 * Hypotheses: Gaussian matrices as reproduce draws them (g = 1); W = 4, 6; float64 products
 *             by plain loops, independent of the recursion.
 * Source:     new; moments of products of Gaussian matrices.
 * Status:     statistical: CLT interval at 1 − 1e-6 against the exact value ± 8% (± 10% for the batch moment);
 *             approximate: the moments are of unbounded variables, so no exact (betting) test applies.
 * Proof:      proofs/T8-gaussian_product_moments.md
 */
import { defineClaim } from '../src/claims/define.js';
import { batchGramSecondMoment, secondMomentFactor } from '../src/theory/moments.js';
import { batchSample, productSample, T8_TOLERANCE, within } from './support/gaussian-moments.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: 'E tr(JᵀJ)²/W = c_k(W) (c_1 = 2 + 1/W, c_2 = 3 + 3/W + 3/W²) and E tr((BᵀB)²) = N u_k + N(N+1) v_k, exactly at every W',
  hypotheses: 'A_m i.i.d. N(0, 1/W) entries, X i.i.d. N(0, 1); W = 4, 6; float64 loops',
  source: 'new (moments of products of Gaussian matrices)',
  checks: [
    { kind: 'mean', label: `c_2(4) = ${secondMomentFactor(2, 4).toFixed(4)}`, range: within(secondMomentFactor(2, 4), T8_TOLERANCE.product), samples: productSample(2, 4), bounds: 'unbounded', maxTrials: 25600 },
    { kind: 'mean', label: `E tr((BᵀB)²) at k = 1, W = 6, N = 2: ${batchGramSecondMoment(1, 6, 2)}`, range: within(batchGramSecondMoment(1, 6, 2), T8_TOLERANCE.batch), samples: batchSample(1, 6, 2), bounds: 'unbounded', maxTrials: 25600 },
  ],
});

await testClaim(claim);
