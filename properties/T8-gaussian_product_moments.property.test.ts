/**
 * T8 gaussian_product_moments: for J = A_k ⋯ A_1 with A_m i.i.d. W×W of N(0, 1/W) entries,
 * E tr(JᵀJ)²/W = c_k(W) and E tr((BᵀB)²) = N u_k + N(N + 1) v_k for B = J X, X ~ N(0, 1)^{W×N},
 * where (u, v) follow the recursion of src/theory/moments.ts: exact at every W.
 *
 * Claim:      polynomial identities in expectation (Wick's theorem): c_2(W) = 3 + 3/W + 3/W²,
 *             u_k = E(tr JᵀJ)², v_k = E tr(JᵀJ)² by the recursion, and the batch Gram moment.
 *             These are the moments behind T5's k + 1 (c_k → k + 1) and T9's batch term.
 * Hypotheses: Gaussian matrices (g = 1); W = 2, 4 (1/W a finite decimal), k ≤ 3, N ≤ 2.
 * Source:     new; moments of products of Gaussian matrices.
 * Status:     exact: each expectation is expanded as a polynomial in the Gaussian entries with
 *             exact decimal coefficients (properties/support/gaussian-moments.ts, plain loops,
 *             independent of the recursion) and taken monomial by monomial by Isserlis / Wick
 *             (src/theory/wick.ts); equal to the claimed value exactly, so proved at these W.
 * Proof:      proofs/T8-gaussian_product_moments.md
 */
import type { Check } from '../src/lang/claim.js';
import { defineClaim, expectation } from '../src/lang/define.js';
import { batchGramSecondMomentIn, productMomentsIn, widthIn } from '../src/theory/moments.js';
import { batchExpectation, F, productExpectations, wickText } from './support/gaussian-moments.js';
import { testClaim } from './support/test-claim.js';

/** The claim's closed form c_2(W) = 3 + 3/W + 3/W², exactly. */
function c2ClosedForm(W: number) {
  const { invW } = widthIn(F, W);
  const three = F.parse('3');
  return F.add(three, F.mul(three, F.add(invW, F.mul(invW, invW))));
}

/** E tr((JᵀJ)²)/W at k = 2 against the closed form. */
const c2 = (W: number): Check => expectation({
  label: `c_2(${W}) = 3 + 3/${W} + 3/${W * W}`,
  compute: () => {
    const e = productExpectations(2, W).trOfSq;
    const exact = F.mul(e.value, widthIn(F, W).invW);
    return { exact: F.format(exact), claimed: F.format(c2ClosedForm(W)), how: `E tr((JᵀJ)²)/W ${wickText(e, productExpectations(2, W).variables)}` };
  },
});

/** E(tr JᵀJ)² = u_k and E tr((JᵀJ)²) = v_k against the recursion over exact decimals. */
const recursion = (k: number, W: number): Check[] => (['trSq', 'trOfSq'] as const).map((m) => expectation({
  label: `${m === 'trSq' ? `E (tr JᵀJ)² = u_${k}` : `E tr((JᵀJ)²) = v_${k}`}(${W})`,
  compute: () => {
    const e = productExpectations(k, W);
    const claimed = productMomentsIn(F, k, widthIn(F, W))[m];
    return { exact: F.format(e[m].value), claimed: F.format(claimed), how: wickText(e[m], e.variables) };
  },
}));

/** E tr((BᵀB)²) = N u_k + N(N + 1) v_k against the recursion. */
const batch = (k: number, W: number, N: number): Check => expectation({
  label: `E tr((BᵀB)²) = N u_${k} + N(N+1) v_${k} (W = ${W}, N = ${N})`,
  compute: () => {
    const e = batchExpectation(k, W, N);
    return { exact: F.format(e.value), claimed: F.format(batchGramSecondMomentIn(F, k, widthIn(F, W), N)), how: wickText(e, e.variables) };
  },
});

export const claim = defineClaim(import.meta.url, {
  statement: String.raw`$E\,\mathrm{tr}\big((J^TJ)^2\big)/W = c_k(W)$ (with $c_1 = 2 + 1/W$, $c_2 = 3 + 3/W + 3/W^2$), $E(\mathrm{tr}\,J^TJ)^2 = u_k$, and $E\,\mathrm{tr}\big((B^TB)^2\big) = N u_k + N(N+1) v_k$, exactly at every $W$`,
  hypotheses: String.raw`$A_m$ with i.i.d. $N(0, 1/W)$ entries, $X$ i.i.d. $N(0, 1)$; checked exactly at $W = 2, 4$, $k \le 3$, $N \le 2$`,
  source: 'new (moments of products of Gaussian matrices)',
  checks: [c2(2), c2(4), ...recursion(3, 2), ...recursion(2, 4), batch(1, 2, 1), batch(1, 4, 2), batch(2, 2, 2)],
});

await testClaim(claim);
