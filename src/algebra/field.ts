/**
 * The scalar operations the network math needs, injected into every algorithm
 * (mathjs style), so one algorithm serves float64 numbers and exact decimals.
 *
 * Only +, −, × and comparison are required: the math never divides, so an exact
 * field can represent every intermediate without rounding.
 */
export interface Field<S> {
  /**
   * `float` (IEEE-754 binary64), `exact` (decimal.js, checked never to round), `degree`
   * (degree bounds of polynomials in the entries) or `symbolic` (Z3 terms over the reals).
   */
  readonly kind: 'float' | 'exact' | 'degree' | 'symbolic';
  readonly zero: S;
  readonly one: S;
  add(a: S, b: S): S;
  sub(a: S, b: S): S;
  mul(a: S, b: S): S;
  neg(a: S): S;
  /** a > 0 */
  isPositive(a: S): boolean;
  /** a = 0 */
  isZero(a: S): boolean;
  /** Parses a finite decimal (already validated: see io/decimal-text.ts). */
  parse(text: string): S;
  /** Shortest faithful text: a JSON-safe decimal string. */
  format(a: S): string;
  /** Nearest float64 (may round; used only for reporting, never inside the math). */
  toNumber(a: S): number;
  /** tanh: present on fields that can represent it (float only). */
  readonly tanh?: (a: S) => S;
  /** a > 0 ? then : otherwise, as a term: present on fields whose comparisons are not booleans (Z3). */
  readonly ifPositive?: (a: S, then: S, otherwise: S) => S;
}

/** a > 0 ? then : otherwise, on any field (a term on symbolic fields, a choice on the others). */
export function selectPositive<S>(F: Field<S>, a: S, then: S, otherwise: S): S {
  if (F.ifPositive) return F.ifPositive(a, then, otherwise);
  return F.isPositive(a) ? then : otherwise;
}

/** Σ_k a_k·b_k folded with the field's own operations. */
export function sumOfProducts<S>(F: Field<S>, a: readonly S[], b: readonly S[]): S {
  let acc = F.zero;
  for (let k = 0; k < a.length; k++) acc = F.add(acc, F.mul(a[k]!, b[k]!));
  return acc;
}
