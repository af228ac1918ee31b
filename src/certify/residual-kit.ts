import type { Algebra } from '../algebra/algebra.js';
import { intOf, type Kit, sumOfSquares } from '../lang/kit.js';
import type { Network } from '../network/network.js';

/** A claim read as identities: the residuals lhs − rhs that must vanish, and the atoms that are not identities. */
export interface Residuals<S> {
  readonly residuals: S[];
  /** Atoms that only a decision procedure can certify (value ≥ 0 without squares, value > 0). */
  readonly inequalities: string[];
  /** Names of the residuals, one per residual. */
  readonly names: string[];
}

/**
 * The kit that collects identities, over any backend: equal gives lhs − rhs entrywise,
 * nonneg with squares gives value − Σ‖M_k‖²_F; hypotheses are ignored (an identity
 * certified here holds unconditionally).
 */
export function residualKit<M, S>(alg: Algebra<M, S>, net: Network<M>): { kit: Kit<M, S>; result: Residuals<S> } {
  const F = alg.field;
  const result: Residuals<S> = { residuals: [], inequalities: [], names: [] };
  const push = (what: string, r: S) => (result.residuals.push(r), result.names.push(what));
  const kit: Kit<M, S> = {
    alg,
    net,
    int: (n) => intOf(alg, n),
    assumePositive: () => {},
    equal: (what, lhs, rhs) => alg.toRows(alg.sub(lhs, rhs)).flat().forEach((r) => push(what, r)),
    equalScalar: (what, lhs, rhs) => push(what, F.sub(lhs, rhs)),
    nonneg: (what, value, squares) => (squares ? push(`${what} = Σ‖·‖²`, F.sub(value, sumOfSquares(alg, squares))) : result.inequalities.push(what)),
    positive: (what) => result.inequalities.push(what),
  };
  return { kit, result };
}
