import type { Field } from './field.js';

/**
 * The linear algebra the network math is written against. M is a dense
 * rows × cols matrix; a vector is a one-column matrix. Shapes are checked by
 * every backend (a mismatch is a bug in the caller: inputs are validated earlier).
 */
export interface Algebra<M, S> {
  readonly field: Field<S>;
  fromRows(rows: readonly (readonly S[])[]): M;
  toRows(a: M): S[][];
  rows(a: M): number;
  cols(a: M): number;
  /** (AB)_ik = Σ_j A_ij B_jk */
  matmul(a: M, b: M): M;
  /** (Aᵀ)_ij = A_ji */
  transpose(a: M): M;
  add(a: M, b: M): M;
  sub(a: M, b: M): M;
  /** k·A */
  scale(a: M, k: S): M;
  /** (A ⊙ B)_ij = A_ij B_ij */
  hadamard(a: M, b: M): M;
  /** f applied entrywise */
  map(a: M, f: (x: S) => S): M;
  /** Frobenius ⟨A, B⟩ = Σ_ij A_ij B_ij */
  dot(a: M, b: M): S;
}

export function assertSameShape<M, S>(alg: Algebra<M, S>, a: M, b: M, op: string): void {
  if (alg.rows(a) !== alg.rows(b) || alg.cols(a) !== alg.cols(b)) {
    throw new RangeError(
      `${op}: ${alg.rows(a)}×${alg.cols(a)} and ${alg.rows(b)}×${alg.cols(b)} differ in shape`,
    );
  }
}

export function assertInnerDims<M, S>(alg: Algebra<M, S>, a: M, b: M): void {
  if (alg.cols(a) !== alg.rows(b)) {
    throw new RangeError(`matmul: ${alg.rows(a)}×${alg.cols(a)} times ${alg.rows(b)}×${alg.cols(b)}`);
  }
}
