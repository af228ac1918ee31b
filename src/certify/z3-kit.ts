import type { Bool, Context } from 'z3-solver';
import type { Algebra } from '../algebra/algebra.js';
import type { Term } from '../algebra/z3-field.js';
import { intOf, type Kit } from '../lang/kit.js';
import type { Network } from '../network/network.js';

/** A claim as Z3 formulas: hypotheses (assumed) and goals (claimed). */
export interface Formulas {
  readonly hypotheses: Bool<'main'>[];
  readonly goals: Bool<'main'>[];
}

/** The kit that writes each atom as a formula over the reals. */
export function z3Kit<M>(Z: Context<'main'>, alg: Algebra<M, Term>, net: Network<M>): { kit: Kit<M, Term>; formulas: Formulas } {
  const formulas: Formulas = { hypotheses: [], goals: [] };
  const zero = Z.Real.val(0);
  const kit: Kit<M, Term> = {
    alg,
    net,
    int: (n) => intOf(alg, n),
    assumePositive: (_what, value) => void formulas.hypotheses.push(value.gt(zero)),
    equal: (_what, lhs, rhs) => {
      const r = alg.toRows(rhs);
      alg.toRows(lhs).forEach((row, a) => row.forEach((x, b) => formulas.goals.push(x.eq(r[a]![b]!))));
    },
    equalScalar: (_what, lhs, rhs) => void formulas.goals.push(lhs.eq(rhs)),
    nonneg: (_what, value) => void formulas.goals.push(value.ge(zero)),
    positive: (_what, value) => void formulas.goals.push(value.gt(zero)),
  };
  return { kit, formulas };
}
