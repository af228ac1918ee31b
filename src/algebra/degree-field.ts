import type { Field } from './field.js';

/** Thrown where a degree-bound computation meets an operation that is not polynomial (ReLU's kink, tanh). */
export class NotPolynomial extends Error {
  override readonly name = 'NotPolynomial';
}

const refuse = (what: string) => (): never => {
  throw new NotPolynomial(`${what} is not a polynomial operation`);
};

/**
 * Degree bounds of polynomials in the network's entries: an element is an upper bound on the
 * total degree. Every parsed entry is a variable (degree 1); constants have degree 0 and the
 * zero polynomial −∞. Then deg(a ± b) ≤ max(deg a, deg b) and deg(a·b) ≤ deg a + deg b.
 * Comparisons are not polynomial, so isPositive (ReLU, a hypothesis) throws NotPolynomial.
 */
export const degreeField: Field<number> = {
  kind: 'degree',
  zero: -Infinity,
  one: 0,
  add: (a, b) => Math.max(a, b),
  sub: (a, b) => Math.max(a, b),
  mul: (a, b) => a + b,
  neg: (a) => a,
  isPositive: refuse('a comparison'),
  isZero: refuse('a test for zero'),
  ifPositive: refuse('a case split on a sign'),
  parse: () => 1,
  format: (a) => String(a),
  toNumber: (a) => a,
};
