/**
 * The scalar operations the network math needs, injected into every algorithm
 * (mathjs style), so one algorithm serves float64 numbers and exact decimals.
 *
 * Only +, −, × and comparison are required: the math never divides, so an exact
 * field can represent every intermediate without rounding.
 */
export interface Field<S> {
  /** `float` (IEEE-754 binary64) or `exact` (decimal.js, checked never to round). */
  readonly kind: 'float' | 'exact';
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
}

/** Σ_k a_k·b_k folded with the field's own operations. */
export function sumOfProducts<S>(F: Field<S>, a: readonly S[], b: readonly S[]): S {
  let acc = F.zero;
  for (let k = 0; k < a.length; k++) acc = F.add(acc, F.mul(a[k]!, b[k]!));
  return acc;
}
