import { type FlatNetwork, loadInto, type Workspace } from './workspace.js';

/** A trial whose values left float64's range (a norm or dot product is ±Infinity or NaN). */
export class OverflowError extends Error {
  override readonly name = 'OverflowError';
}

const overflow = (i: number, j: number) =>
  new OverflowError(`S(∂l_${i}/∂W_${i}, ∂l_${j}/∂W_${i}) overflows float64 (a gradient norm is not finite)`);

/** Are a[0], a[step], a[2·step], … (n entries) all finite? */
function finite(a: Float64Array, n: number, step = 1): boolean {
  for (let k = 0; k < n * step; k += step) if (!Number.isFinite(a[k]!)) return false;
  return true;
}

/**
 * Refuses at once a forward pass that left float64's range: a diagonal entry of K_i = s_iᵀs_i (i < L)
 * or an entry of s_L not finite, O(LN + WN). (K_i)_aa = Σ_k s_ka² is ∞ or NaN as soon as column a of
 * s_i holds one, and |(K_i)_ab| ≤ ((K_i)_aa + (K_i)_bb)/2; a pair norm that still overflows is refused
 * where it is computed.
 */
function checkForward(ws: Workspace): void {
  const { L, W, N } = ws;
  for (let i = 1; i <= L; i++) {
    if (i < L ? !finite(ws.gram[i]!, N, N + 1) : !finite(ws.s[L]!, W * N)) {
      throw new OverflowError(i < L ? `the activations s_${i} (or s_${i}ᵀs_${i}) overflow float64` : `the activations s_${L} overflow float64`);
    }
  }
}

/** ‖G‖² for G = δ sᵀ: ⟨δᵀδ, sᵀs⟩ (N×N), never forming the W×W gradient. */
const gradNorm2 = (ws: Workspace, d: Float64Array, gram: Float64Array): number => ws.kernels.gramDot(d, gram, ws.W, ws.N);

/**
 * cos[i][j] = S(∂l_i/∂W_i, ∂l_j/∂W_i), 1 ≤ i < j ≤ L, into `cos` (row-major (L+1)×(L+1)).
 * One forward pass and one backward sweep per loss:
 *   δ_j = 2(s_j − s_j*) ⊙ h′(z_j),  δ_{i−1} = (W_iᵀ δ_i) ⊙ h′(z_{i−1}),  G_ij = δ_i s_{i−1}ᵀ,
 * and S(G_ii, G_ij) from K = s_{i−1}ᵀ s_{i−1}: ‖G_ij‖² = ⟨δᵀδ, K⟩ and
 * ⟨G_ii, G_ij⟩ = ⟨δ_i^(i) K, δ_i^(j)⟩ with δ_i^(i) K computed once per layer.
 * A cosine with a zero norm is undefined: NaN. A norm or product beyond float64 throws OverflowError.
 * Multiply-adds: see trialFlops.
 */
export function alignmentTrial(ws: Workspace, net: FlatNetwork, cos: Float64Array): void {
  const { L, W, N } = ws;
  const { matmul, gram, backprop, residual, activate } = ws.kernels;
  loadInto(ws, net);
  for (let i = 1; i <= L; i++) {
    matmul(ws.s[i]!, ws.weights[i - 1]!, ws.s[i - 1]!, W, W, N);
    activate(net.activation, ws.s[i]!, ws.hPrime[i - 1]!, W * N);
  }
  for (let i = 0; i < L; i++) gram(ws.gram[i]!, ws.s[i]!, W, N);
  checkForward(ws);
  for (let j = 1; j <= L; j++) {
    const [sj, tj, dj] = [ws.s[j]!, ws.targets[j - 1]!, ws.hPrime[j - 1]!];
    let delta = ws.delta;
    let next = ws.next;
    residual(delta, sj, tj, dj, W * N);
    ws.localNorm2[j - 1] = gradNorm2(ws, delta, ws.gram[j - 1]!);
    matmul(ws.localK[j - 1]!, delta, ws.gram[j - 1]!, W, N, N);
    for (let i = j - 1; i >= 1; i--) {
      // δ_i = (W_{i+1}ᵀ δ_{i+1}) ⊙ h′(z_i), and ⟨G_ii, G_ij⟩ = ⟨δ_i^(i) K, δ_i⟩ with it
      const hPrime = net.activation === 'linear' ? undefined : ws.hPrime[i - 1]!; // linear: h′ = 1
      const cross = backprop(next, ws.weights[i]!, delta, hPrime, ws.localK[i - 1]!, W, W, N);
      [delta, next] = [next, delta];
      const [nl, nd] = [ws.localNorm2[i - 1]!, gradNorm2(ws, delta, ws.gram[i - 1]!)];
      const c = nl === 0 || nd === 0 ? NaN : cross / Math.sqrt(nl * nd);
      if (!Number.isFinite(nl) || !Number.isFinite(nd) || (nl !== 0 && nd !== 0 && !Number.isFinite(c))) throw overflow(i, j);
      cos[i * (L + 1) + j] = Math.max(-1, Math.min(1, c));
    }
  }
}

/**
 * Multiply-adds of one alignmentTrial: L·W²N (forward) + P·W²N (back-propagation steps,
 * P = L(L−1)/2 pairs) + L·WN² (δ_i^(i) K) + (2L + P)·W·N(N+1)/2 (the symmetric products sᵀs and
 * δᵀδ of the Gram matrices, local norms and pair norms: entries on and above the diagonal, as
 * numpy's syrk for Xᵀ @ X) + P·WN (pair cross terms); the N² dots with K are omitted.
 */
export function trialFlops(L: number, W: number, N: number): number {
  const P = (L * (L - 1)) / 2;
  return L * W * W * N + P * W * W * N + L * W * N * N + ((2 * L + P) * W * N * (N + 1)) / 2 + P * W * N;
}
