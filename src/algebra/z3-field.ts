import type { Arith, Context } from 'z3-solver';
import type { Field } from './field.js';

export type Term = Arith<'main'>;

const noBoolean = (): never => {
  throw new Error('a Z3 term has no truth value: compare through ifPositive');
};

/**
 * Terms over the reals in a Z3 context: +, −, × build terms, ReLU's case split is
 * If(a > 0, then, otherwise), and parse makes an exact rational constant. The variables
 * of a symbolic network are made by the caller (src/certify/nets.ts, networkOfShape).
 */
export function z3Field(Z: Context<'main'>): Field<Term> {
  const zero = Z.Real.val(0);
  return {
    kind: 'symbolic',
    zero,
    one: Z.Real.val(1),
    add: (a, b) => a.add(b),
    sub: (a, b) => a.sub(b),
    mul: (a, b) => a.mul(b),
    neg: (a) => a.neg(),
    isPositive: noBoolean,
    isZero: noBoolean,
    ifPositive: (a, then, otherwise) => Z.If(a.gt(zero), then, otherwise) as Term,
    parse: (text) => Z.Real.val(text),
    format: (a) => a.toString(),
    toNumber: () => {
      throw new Error('a Z3 term has no float value');
    },
  };
}
