import { gaussian, mulberry32 } from '../random/rng.js';
import { scalarSampler, type ScalarSampler } from './chi-square.js';
import { type ChainEstimate, gapCurveOverDraws } from './gap-draws.js';
import type { TheorySetup } from './setup.js';

/**
 * The exact law of one network's one-sample cosines (proofs/T7), as scalars. Layer m has
 * n_m live units (W for linear nets, Binomial(W, ½) for ReLU) and forward gain
 * a_m² = (g²/W) χ²_{n_m}, so ‖s_m‖ = ‖s_{m−1}‖ a_m with ‖s₀‖² = χ²_W. Target m splits as
 * τ_m ŝ_m + (a part ⊥ ŝ_m), τ_m ~ N(0, σ²). For loss j the error back-propagated to layer m
 * is β_m ŝ_m + r_m, r_m ⊥ ŝ_m, ρ_m = ‖r_m‖:
 *   β_j = ‖s_j‖ − τ_j,  ρ_j² = σ² χ²_{n_j−1};
 *   β_{m−1} = a_m β_m,  ρ_{m−1}² = (β_m² + ρ_m²) (g²/W) χ²_{n_{m−1}−1};
 * and with α_i = ‖s_i‖ − τ_i, Z ~ N(0, 1), V ~ χ²_{n_i−2}:
 *   cos(i, j) = (α_i β_i − σ Z ρ_i) / (√(α_i² + σ²(Z² + V)) · √(β_i² + ρ_i²)),
 * and 0 when some n_m = 0 (m ≤ j), as the engine's zero-norm convention gives.
 */
export function drawChainCosines(s: TheorySetup, r: ScalarSampler, cos: Float64Array): void {
  const { depth: L, width: W, initScale: g, targetScale: sigma } = s;
  const n = Array.from({ length: L + 1 }, () => (s.activation === 'relu' ? r.binomialHalf(W) : W));
  const a = n.map((nm) => Math.sqrt(((g * g) / W) * r.chiSquare(nm)));
  const norm = [Math.sqrt(r.chiSquare(W))];
  for (let m = 1; m <= L; m++) norm.push(norm[m - 1]! * a[m]!);
  const tau = n.map(() => sigma * r.normal());
  const alive: boolean[] = [true];
  for (let m = 1; m <= L; m++) alive.push(alive[m - 1]! && n[m]! > 0);
  for (let j = 2; j <= L; j++) {
    let beta = norm[j]! - tau[j]!;
    let rho2 = sigma * sigma * r.chiSquare(n[j]! - 1);
    for (let m = j; m >= 2; m--) {
      rho2 = (beta * beta + rho2) * ((g * g) / W) * r.chiSquare(n[m - 1]! - 1);
      beta *= a[m]!;
      const i = m - 1;
      const alpha = norm[i]! - tau[i]!;
      const z = n[i]! >= 2 ? r.normal() : 0;
      const v = r.chiSquare(n[i]! - 2);
      const den = Math.sqrt(alpha * alpha + sigma * sigma * (z * z + v)) * Math.sqrt(beta * beta + rho2);
      cos[i * (L + 1) + j] = alive[j] && den > 0 ? (alpha * beta - sigma * z * Math.sqrt(rho2)) / den : 0;
    }
  }
}

/** Deeper than this the chain is not drawn (its work grows as draws·L²): the theory has no curve there. */
export const CHAIN_MAX_DEPTH = 60;

/** Draws at depth L: `base` up to L = 20, then fewer ∝ 1/L², so the work stays under about 1 s. */
export const chainDraws = (L: number, base: number): number => Math.round(base * Math.min(1, (20 / L) ** 2));

export type { ChainEstimate };

/** E cos at every gap under the exact law, by Monte Carlo over `draws` scalar chains from `seed`. */
export function chainGapCurve(s: TheorySetup, draws = 20000, seed = 1): ChainEstimate {
  if (s.batch !== 1 || s.activation === 'tanh') throw new Error('the scalar chain is for one sample, linear or ReLU');
  const L = s.depth;
  const uniform = mulberry32(seed);
  const r = scalarSampler(uniform, gaussian(uniform));
  return gapCurveOverDraws(L, draws, (cos) => drawChainCosines(s, r, cos));
}
