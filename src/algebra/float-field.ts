import type { Field } from './field.js';

/** IEEE-754 binary64 scalars. Every operation may round (by design). */
export const floatField: Field<number> = {
  kind: 'float',
  zero: 0,
  one: 1,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  neg: (a) => -a,
  isPositive: (a) => a > 0,
  isZero: (a) => a === 0,
  parse: (text) => Number(text),
  format: (a) => (Object.is(a, -0) ? '0' : String(a)),
  toNumber: (a) => a,
  tanh: Math.tanh,
};
