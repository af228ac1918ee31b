import type { GaussianNetworkOptions } from '../random/gaussian-network.js';

/** A reproduce setup (src/random/gaussian-network.ts): L, W, N, h, g, σ. */
export type TheorySetup = Required<GaussianNetworkOptions>;

/**
 * Per-layer gain γ of E‖s_m‖²/W = q_m = γ^m (q₀ = 1, x ~ N(0, 1)): g² for linear nets,
 * g²/2 for ReLU (E relu(z)² = Var z / 2). Undefined for tanh (no closed form here).
 */
export function layerGain(s: Pick<TheorySetup, 'activation' | 'initScale'>): number | undefined {
  const g2 = s.initScale ** 2;
  return s.activation === 'linear' ? g2 : s.activation === 'relu' ? g2 / 2 : undefined;
}

/** Mean over i = 1 … L − k of f(i, k), for k = 1 … L − 1: the curve reproduce prints. */
export function gapCurve(L: number, f: (i: number, k: number) => number): number[] {
  return Array.from({ length: L - 1 }, (_, g) => {
    const k = g + 1;
    let sum = 0;
    for (let i = 1; i + k <= L; i++) sum += f(i, k);
    return sum / (L - k);
  });
}
