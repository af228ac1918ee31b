import { gapCurve, layerGain, type TheorySetup } from './setup.js';

/**
 * The one-sample cosine in the wide limit (proofs/T5, T6): with q_m = γ^m and ν the noise a
 * target adds per unit (σ² for linear nets, σ²/2 for ReLU, whose mask keeps half of it),
 *
 *   cos∞(i, k) = [(1 + ν/q_i) · (k + 1 + ν/q_{i+k})]^{−1/2}.
 *
 * `shift` replaces k + 1 by k + 1 + shift: only the tests use it, to show a wrong formula is refuted.
 */
export function wideCosine(s: Pick<TheorySetup, 'activation' | 'initScale' | 'targetScale'>, i: number, k: number, shift = 0): number {
  const gain = layerGain(s);
  if (gain === undefined) throw new Error(`no wide-limit formula for ${s.activation}`);
  const nu = s.activation === 'relu' ? s.targetScale ** 2 / 2 : s.targetScale ** 2;
  const q = (m: number) => gain ** m;
  return 1 / Math.sqrt((1 + nu / q(i)) * (k + 1 + shift + nu / q(i + k)));
}

/** cos∞ averaged over i at each gap k = 1 … L − 1. */
export const wideGapCurve = (s: TheorySetup, shift = 0): number[] => gapCurve(s.depth, (i, k) => wideCosine(s, i, k, shift));
