import type { Field } from '../algebra/field.js';
import type { Polynomial } from '../algebra/polynomial.js';

/**
 * Expectations of polynomials in independent centred Gaussians, exactly (Isserlis / Wick):
 *
 *   E[Π_v x_v^{p_v}] = Π_v (p_v − 1)!! σ_v^{p_v}   if every p_v is even, else 0,
 *
 * with σ_v² = variance(v). (p − 1)!! = 1·3·5⋯(p − 1) counts the pairings of p copies of x_v;
 * an odd power has none. Linearity then gives E p = Σ_terms coeff · E[monomial].
 */

/** n!! = n(n − 2)(n − 4)⋯ down to 1 or 2; (−1)!! = 0!! = 1. */
export function doubleFactorial(n: number): number {
  if (!Number.isInteger(n) || n < -1) throw new RangeError(`doubleFactorial: n must be an integer ≥ −1, got ${n}`);
  let r = 1;
  for (let k = n; k > 1; k -= 2) r *= k;
  return r;
}

/** E[Π_v x_v^{p_v}] for a monomial given as sorted variable ids repeated by power (src/algebra/polynomial.ts). */
export function monomialExpectation<S>(F: Field<S>, vars: readonly number[], variance: (v: number) => S): S {
  let acc = F.one;
  for (let i = 0; i < vars.length; ) {
    let j = i;
    while (j < vars.length && vars[j] === vars[i]) j++;
    const p = j - i;
    if (p % 2 === 1) return F.zero;
    const s2 = variance(vars[i]!);
    acc = F.mul(acc, F.parse(String(doubleFactorial(p - 1))));
    for (let k = 0; k < p / 2; k++) acc = F.mul(acc, s2);
    i = j;
  }
  return acc;
}

/** E p, with how many of its monomials have a nonzero expectation (all powers even). */
export interface WickExpectation<S> {
  readonly value: S;
  /** Monomials of p. */
  readonly monomials: number;
  /** Monomials of p with every power even: the ones Wick's theorem pairs. */
  readonly paired: number;
}

/** E p = Σ coeff · E[monomial], each by Isserlis' theorem. */
export function expectation<S>(F: Field<S>, p: Polynomial<S>, variance: (v: number) => S): WickExpectation<S> {
  let [value, paired] = [F.zero, 0];
  for (const t of p.values()) {
    const e = monomialExpectation(F, t.vars, variance);
    if (F.isZero(e)) continue;
    paired++;
    value = F.add(value, F.mul(t.coeff, e));
  }
  return { value, monomials: p.size, paired };
}
