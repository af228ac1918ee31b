import type { Algebra } from '../algebra/algebra.js';
import type { Network } from '../network/network.js';

/**
 * What a claim states about one network, written once and evaluated by every backend:
 * exact (search for counterexamples), degree bounds (Schwartz–Zippel), Z3 terms (a decision
 * over all reals) and float (adversarial search). Each call is one atom of the claim.
 */
export interface Kit<M, S> {
  readonly alg: Algebra<M, S>;
  readonly net: Network<M>;
  /** The integer n as a constant (degree 0). */
  int(n: number): S;
  /** Hypothesis value > 0: runs where it fails are discarded; the solver assumes it. */
  assumePositive(what: string, value: S): void;
  /** Claim: lhs = rhs entrywise. */
  equal(what: string, lhs: M, rhs: M): void;
  /** Claim: lhs = rhs. */
  equalScalar(what: string, lhs: S, rhs: S): void;
  /**
   * Claim: value ≥ 0. With squares, also the certificate value = Σ_k ‖squares_k‖²_F, an
   * identity whose right side is visibly ≥ 0.
   */
  nonneg(what: string, value: S, squares?: readonly M[]): void;
  /** Claim: value > 0. */
  positive(what: string, value: S): void;
}

/** A claim about one network: calls the kit's atoms, over any backend. */
export type ClaimBody = <M, S>(kit: Kit<M, S>) => void;

/** n as a sum of ones (so its degree is 0 on every backend). */
export function intOf<S>(alg: Algebra<unknown, S>, n: number): S {
  const F = alg.field;
  let acc = F.zero;
  for (let k = 0; k < Math.abs(n); k++) acc = F.add(acc, F.one);
  return n < 0 ? F.neg(acc) : acc;
}

/** Σ_k ‖M_k‖²_F */
export function sumOfSquares<M, S>(alg: Algebra<M, S>, squares: readonly M[]): S {
  return squares.reduce((acc, m) => alg.field.add(acc, alg.dot(m, m)), alg.field.zero);
}
