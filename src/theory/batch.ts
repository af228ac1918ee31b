import { batchGramSecondMoment } from './moments.js';
import { chainDraws, chainGapCurve } from './scalar-chain.js';
import { gapCurve, type TheorySetup } from './setup.js';

/** Scalar-chain draws for the typical k-fold factor (T7 at σ = 0). */
export const TYPICAL_DRAWS = 4000;

/**
 * c̃_k(W) = 1/(E cos at σ = 0)², the "typical" second moment of the k-fold product: T7's exact
 * one-sample law without targets gives E cos = E (1 + R_k)^{−1/2}, so c̃_k → k + 1 as W → ∞ like the
 * mean c_k of T8, but it is not inflated by c_k's heavy tail when k is comparable to W.
 */
export function typicalFactors(L: number, W: number, g: number): number[] {
  const s: TheorySetup = { depth: L, width: W, batch: 1, activation: 'linear', initScale: g, targetScale: 0 };
  return chainGapCurve(s, chainDraws(L, TYPICAL_DRAWS), 5).mean.map((c) => 1 / (c * c));
}

/**
 * Linear nets with a batch (proofs/T9). With B = s_{i−1} (W×N), M = W_i B Bᵀ and a target block T:
 *   r_i = E‖T Bᵀ‖²/E‖M‖² = σ² W n / m,  m = g² E tr(BᵀB)² = g²(N u_{i−1} + N(N+1) v_{i−1}) (T8),
 *   n = E tr BᵀB = N W g^{2(i−1)},
 * and the cosine, as a ratio of expectations with the k-fold factor at its typical value c̃_k:
 *   cos(i, k) ≈ [(1 + r_i)(c̃_k + r_i / g^{2k})]^{−1/2}.
 * `ignoreBatch` sets N = 1 in m and n: only tests use it, to show the batch term matters.
 */
export function batchGapCurve(s: TheorySetup, ignoreBatch = false): number[] {
  const { width: W, initScale: g, targetScale: sigma } = s;
  const N = ignoreBatch ? 1 : s.batch;
  const typical = typicalFactors(s.depth, W, g);
  return gapCurve(s.depth, (i, k) => {
    const m = g * g * batchGramSecondMoment(i - 1, W, N, g);
    const r = (sigma * sigma * W * N * W * g ** (2 * (i - 1))) / m;
    return 1 / Math.sqrt((1 + r) * (typical[k - 1]! + r / g ** (2 * k)));
  });
}
