import type { Field } from '../algebra/field.js';
import { floatField } from '../algebra/float-field.js';

/**
 * Exact moments of Q = J Jᵀ for J = A_k ⋯ A_1, A_m i.i.d. W×W with entries N(0, g²/W)
 * (proofs/T8). Wick's theorem for one more factor, Q' = A Q Aᵀ, gives
 *
 *   E[(tr Q')² | Q] = g⁴ (tr Q)² + (2g⁴/W) tr Q²,
 *   E[tr Q'²   | Q] = g⁴ (1 + 1/W) tr Q² + (g⁴/W) (tr Q)²,
 *
 * so u_k = E(tr Q)², v_k = E tr Q² follow from u₀ = W², v₀ = W (Q₀ = I).
 */
export interface ProductMoments<S = number> {
  /** E (tr Q)². */
  readonly trSq: S;
  /** E tr Q². */
  readonly trOfSq: S;
}

/** The width as the recursion needs it over a field without division: W, 1/W and g⁴. */
export interface Width<S> {
  readonly W: S;
  readonly invW: S;
  readonly g4: S;
}

/** The recursion for (u_k, v_k), written once over a field (float, or exact decimals when 1/W is a finite decimal). */
export function productMomentsIn<S>(F: Field<S>, k: number, { W, invW, g4 }: Width<S>): ProductMoments<S> {
  const two = F.add(F.one, F.one);
  let [u, v] = [F.mul(W, W), W];
  for (let m = 0; m < k; m++) {
    const uNext = F.mul(g4, F.add(u, F.mul(F.mul(two, invW), v)));
    const vNext = F.mul(g4, F.add(F.mul(F.add(F.one, invW), v), F.mul(invW, u)));
    [u, v] = [uNext, vNext];
  }
  return { trSq: u, trOfSq: v };
}

/** E tr((BᵀB)²) = N u_k + N(N + 1) v_k over a field (see batchGramSecondMoment). */
export function batchGramSecondMomentIn<S>(F: Field<S>, k: number, width: Width<S>, N: number): S {
  const m = productMomentsIn(F, k, width);
  const n = F.parse(String(N));
  return F.add(F.mul(n, m.trSq), F.mul(F.mul(n, F.add(n, F.one)), m.trOfSq));
}

/**
 * W, 1/W and g⁴ = 1 over a field, with 1/W parsed from its shortest decimal and checked exactly:
 * W · (1/W) must be 1, so over exact decimals W must be 2^a 5^b (1/3 has no finite decimal).
 */
export function widthIn<S>(F: Field<S>, W: number): Width<S> {
  const [w, invW] = [F.parse(String(W)), F.parse(String(1 / W))];
  if (!F.isZero(F.sub(F.mul(w, invW), F.one))) throw new RangeError(`widthIn: 1/${W} is not a finite decimal`);
  return { W: w, invW, g4: F.one };
}

const floatWidth = (W: number, g: number): Width<number> => ({ W, invW: 1 / W, g4: g ** 4 });

export function productMoments(k: number, W: number, g = 1): ProductMoments {
  return productMomentsIn(floatField, k, floatWidth(W, g));
}

/** c_k(W) = E tr(JᵀJ)²/W for g = 1: k + 1 as W → ∞ (Fuss–Catalan), 2 + 1/W at k = 1. */
export const secondMomentFactor = (k: number, W: number): number => productMoments(k, W).trOfSq / W;

/**
 * E tr((BᵀB)²) for B = J X, X a W×N matrix of N(0, 1) (the batch reaching layer k + 1):
 * Wick over X gives N (tr P)² + N(N + 1) tr P² with P = JᵀJ, so N u_k + N(N + 1) v_k.
 */
export function batchGramSecondMoment(k: number, W: number, N: number, g = 1): number {
  return batchGramSecondMomentIn(floatField, k, floatWidth(W, g), N);
}
