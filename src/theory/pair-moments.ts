import { gapCurve } from './setup.js';

/**
 * What the backward pass of the mean-field theory needs from the forward pass, per layer m and per
 * pair p = (a, b) of samples (a ≤ b), as unit averages (over W units, or their wide-limit expectations):
 *   K_m(p) = ⟨s_m[a], s_m[b]⟩/W,  P_m(p) = ⟨h′h(z_m[a]), h′h(z_m[b])⟩/W,  D_m(p) = ⟨h′(z_m[a]), h′(z_m[b])⟩/W,
 * per sample μ̂_m[a] = ⟨z_m[a], h′h(z_m[a])⟩/(W v_m[a]), v_m[a] = g² K_{m−1}(a, a) (by Stein's lemma its
 * wide limit is E (hh′)′(z) = E[∂δ/∂z] for δ = h′(z)·(error): the coefficient of the forward signal in W_mᵀδ_m),
 * and ν_m = (Σ_u h′(z_u)²)²/Σ_u h′(z_u)⁴ (mean over samples): the degrees of freedom of a Gaussian masked
 * by h′(z_m) (n_live for ReLU; ∞ in the wide limit). Layer 0 (the input) has K only.
 */
export interface LayerMoments {
  readonly K: Float64Array;
  readonly P: Float64Array;
  readonly D: Float64Array;
  readonly mu: Float64Array;
  readonly dof: number;
}

/** The pairs: samples a, b, and the weight of the pair in sums over the batch's N² ordered pairs. */
export interface PairLayout {
  readonly samples: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly weight: Float64Array;
}

/** Every pair a ≤ b of n samples standing for a batch of N: a diagonal pair weighs N/n, an off-diagonal one 2N(N − 1)/(n(n − 1)). */
export function pairLayout(n: number, N: number): PairLayout {
  const [a, b, weight] = [[] as number[], [] as number[], [] as number[]];
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) a.push(i), b.push(j), weight.push(i === j ? N / n : (2 * N * (N - 1)) / (n * (n - 1)));
  return { samples: n, a: Int32Array.from(a), b: Int32Array.from(b), weight: Float64Array.from(weight) };
}

/**
 * cos(G_ii, G_ij) for all i < j ≤ L from the layers' moments (proofs/T10, T11). For loss j the error at
 * layer m has, per pair, the second moment V_m(p) and the signal coefficient μ_m[a]:
 *   V_j = P_j + σ² D_j [a = b],  μ_j = μ̂_j;
 *   V_m = g² D_m V_{m+1} + g⁴ μ_{m+1}[a] μ_{m+1}[b] P_m,  μ_m = g² μ_{m+1} μ̂_m
 * (W_{m+1}ᵀδ_{m+1} = a fresh Gaussian of variance g² V_{m+1} + g² μ_{m+1} s_m). With B = s_{i−1}:
 *   ⟨G_ii, G_ij⟩ = Σ_p w_p g² μ_{i+1}[a, b] P_i K_{i−1},  ‖G_ii‖² = Σ_p w_p (P_i + σ² D_i [a = b]) K_{i−1},
 *   ‖G_ij‖² = Σ_p w_p V_i K_{i−1},  μ[a, b] = (μ[a] + μ[b])/2,
 * and the cosine is their ratio (0 where a norm is 0). Writes cos(i, j) at out[i(L + 1) + j].
 * `scale(ν)` multiplies each fresh Gaussian part masked by a layer's h′ by a random χ²_ν/ν at finite width
 * (kernel-chain.ts; 1 in the wide limit): layer m's target part once (it serves ℓ_m as local and as distant
 * loss alike), and each backward step's fresh part anew.
 */
export function pairCosines(layers: readonly LayerMoments[], layout: PairLayout, g: number, sigma: number, out: Float64Array, scale: (dof: number) => number = () => 1): void {
  const L = layers.length - 1;
  const [g2, s2] = [g * g, sigma * sigma];
  const { a, b, weight } = layout;
  const V = new Float64Array(weight.length);
  const mu = new Float64Array(layout.samples);
  const target = layers.map((l, m) => (m > 0 ? s2 * scale(l.dof) : 0));
  for (let j = 2; j <= L; j++) {
    const top = layers[j]!;
    for (let p = 0; p < V.length; p++) V[p] = top.P[p]! + (a[p] === b[p] ? target[j]! * top.D[p]! : 0);
    mu.set(top.mu);
    for (let i = j - 1; i >= 1; i--) {
      const { P, D } = layers[i]!;
      const K = layers[i - 1]!.K;
      let [dot, local, distant] = [0, 0, 0];
      const fresh = scale(layers[i]!.dof);
      for (let p = 0; p < V.length; p++) {
        const [x, y, wk] = [a[p]!, b[p]!, weight[p]! * K[p]!];
        V[p] = fresh * g2 * D[p]! * V[p]! + g2 * g2 * mu[x]! * mu[y]! * P[p]!;
        dot += wk * g2 * 0.5 * (mu[x]! + mu[y]!) * P[p]!;
        local += wk * (P[p]! + (x === y ? target[i]! * D[p]! : 0));
        distant += wk * V[p]!;
      }
      out[i * (L + 1) + j] = local > 0 && distant > 0 ? dot / Math.sqrt(local * distant) : 0;
      for (let x = 0; x < mu.length; x++) mu[x]! *= g2 * layers[i]!.mu[x]!;
    }
  }
}

/** The gap curve of a cosine table (mean over i at each gap, as reproduce prints). */
export function tableGapCurve(L: number, cos: Float64Array): number[] {
  return gapCurve(L, (i, k) => cos[i * (L + 1) + i + k]!);
}
