import type { ActivationName } from '../activation.js';

/** A network in the engine's layout: L square W×W layers, N samples, row-major. */
export interface FlatNetwork {
  readonly activation: ActivationName;
  readonly depth: number;
  readonly width: number;
  readonly batch: number;
  /** W_i, i = 1…L, each W×W. */
  readonly weights: readonly Float64Array[];
  /** x, W×N. */
  readonly input: Float64Array;
  /** s_i*, each W×N. */
  readonly targets: readonly Float64Array[];
}

/** Every buffer one trial needs, allocated once per (L, W, N) and reused. */
export interface Workspace {
  readonly L: number;
  readonly W: number;
  readonly N: number;
  /** s[0] = x … s[L], each W×N */
  readonly s: Float64Array[];
  /** h′(z_i) at hPrime[i − 1], each W×N */
  readonly hPrime: Float64Array[];
  /** K[i] = s_iᵀ s_i, N×N: ⟨δ s_iᵀ, δ′ s_iᵀ⟩ = ⟨δᵀδ′, K[i]⟩ */
  readonly gram: Float64Array[];
  /** ‖G_ii‖² */
  readonly localNorm2: Float64Array;
  /** P_i = δ_i^(i) K[i − 1], W×N: ⟨G_ii, G_ij⟩ = ⟨P_i, δ_i^(j)⟩ costs W·N per pair */
  readonly localK: Float64Array[];
  /** the running δ of a sweep and its next value, W×N */
  readonly delta: Float64Array;
  readonly next: Float64Array;
  /** δ_aᵀ δ_b, N×N */
  readonly small: Float64Array;
}

export function workspace(L: number, W: number, N: number): Workspace {
  const wn = () => new Float64Array(W * N);
  return {
    L, W, N,
    s: Array.from({ length: L + 1 }, wn),
    hPrime: Array.from({ length: L }, wn),
    gram: Array.from({ length: L + 1 }, () => new Float64Array(N * N)),
    localNorm2: new Float64Array(L),
    localK: Array.from({ length: L }, wn),
    delta: wn(),
    next: wn(),
    small: new Float64Array(N * N),
  };
}
