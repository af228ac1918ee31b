import { batchGramSecondMoment, secondMomentFactor } from './moments.js';
import { gapCurve, type TheorySetup } from './setup.js';

/**
 * Linear nets with a batch: cos(G_ii, G_ij) with every inner product replaced by its exact
 * expectation (a ratio of expectations, proofs/T9). With B = s_{i−1} (W×N), M = W_i B Bᵀ,
 * P = JᵀJ for the k-fold product J and T a target block:
 *   E⟨M, PM⟩ = g^{2k} m,   E‖M‖² = m = g² E tr(BᵀB)²,   E‖PM‖² = g^{4k} c_k m,
 *   E‖T Bᵀ‖² = σ² W n,     E‖JᵀT Bᵀ‖² = g^{2k} σ² W n,   n = E tr BᵀB = N W g^{2(i−1)},
 * and the cross terms have mean 0 (T independent, mean 0). So
 *   cos ≈ g^{2k} m / √((m + σ²Wn)(g^{4k} c_k m + g^{2k} σ²Wn)).
 * `ignoreBatch` sets N = 1 in m and n: only tests use it, to show the batch term matters.
 */
export function batchCosine(s: TheorySetup, i: number, k: number, ignoreBatch = false): number {
  const { width: W, initScale: g, targetScale: sigma } = s;
  const N = ignoreBatch ? 1 : s.batch;
  const m = g * g * batchGramSecondMoment(i - 1, W, N, g);
  const n = N * W * g ** (2 * (i - 1));
  const noise = sigma * sigma * W * n;
  const gk = g ** (2 * k);
  return (gk * m) / Math.sqrt((m + noise) * (gk * gk * secondMomentFactor(k, W) * m + gk * noise));
}

export const batchGapCurve = (s: TheorySetup, ignoreBatch = false): number[] => gapCurve(s.depth, (i, k) => batchCosine(s, i, k, ignoreBatch));
