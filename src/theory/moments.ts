/**
 * Exact moments of Q = J Jᵀ for J = A_k ⋯ A_1, A_m i.i.d. W×W with entries N(0, g²/W)
 * (proofs/T8). Wick's theorem for one more factor, Q' = A Q Aᵀ, gives
 *
 *   E[(tr Q')² | Q] = g⁴ (tr Q)² + (2g⁴/W) tr Q²,
 *   E[tr Q'²   | Q] = g⁴ (1 + 1/W) tr Q² + (g⁴/W) (tr Q)²,
 *
 * so u_k = E(tr Q)², v_k = E tr Q² follow from u₀ = W², v₀ = W (Q₀ = I).
 */
export interface ProductMoments {
  /** E (tr Q)². */
  readonly trSq: number;
  /** E tr Q². */
  readonly trOfSq: number;
}

export function productMoments(k: number, W: number, g = 1): ProductMoments {
  let [u, v] = [W * W, W];
  const g4 = g ** 4;
  for (let m = 0; m < k; m++) [u, v] = [g4 * (u + (2 / W) * v), g4 * ((1 + 1 / W) * v + u / W)];
  return { trSq: u, trOfSq: v };
}

/** c_k(W) = E tr(JᵀJ)²/W for g = 1: k + 1 as W → ∞ (Fuss–Catalan), 2 + 1/W at k = 1. */
export const secondMomentFactor = (k: number, W: number): number => productMoments(k, W).trOfSq / W;

/**
 * E tr((BᵀB)²) for B = J X, X a W×N matrix of N(0, 1) (the batch reaching layer k + 1):
 * Wick over X gives N (tr P)² + N(N + 1) tr P² with P = JᵀJ, so N u_k + N(N + 1) v_k.
 */
export function batchGramSecondMoment(k: number, W: number, N: number, g = 1): number {
  const m = productMoments(k, W, g);
  return N * m.trSq + N * (N + 1) * m.trOfSq;
}
