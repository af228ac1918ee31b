import type { Algebra } from '../algebra/algebra.js';
import { ClaimFailure } from '../lang/failure.js';
import { intOf, type Kit } from '../lang/kit.js';
import type { Network } from '../network/network.js';

/** Thrown where a hypothesis fails: the run is discarded, not counted. */
export class HypothesisFails extends Error {
  override readonly name = 'HypothesisFails';
}

/**
 * The kit that decides a claim at one network with comparisons: a false atom throws
 * ClaimFailure carrying the failing quantity; a false hypothesis throws HypothesisFails.
 */
export function decidingKit<M, S>(alg: Algebra<M, S>, net: Network<M>): Kit<M, S> {
  const F = alg.field;
  const fmt = (x: S) => F.format(x);
  const negative = (x: S) => F.isPositive(F.neg(x));
  return {
    alg,
    net,
    int: (n) => intOf(alg, n),
    assumePositive: (what, value) => {
      if (!F.isPositive(value)) throw new HypothesisFails(`${what} = ${fmt(value)} is not > 0`);
    },
    equal: (what, lhs, rhs) => {
      const [l, r] = [alg.toRows(lhs), alg.toRows(rhs)];
      l.forEach((row, a) => row.forEach((x, b) => {
        if (!F.isZero(F.sub(x, r[a]![b]!))) throw new ClaimFailure(`${what}: entry [${a}][${b}] is ${fmt(x)} on the left, ${fmt(r[a]![b]!)} on the right`);
      }));
    },
    equalScalar: (what, lhs, rhs) => {
      if (!F.isZero(F.sub(lhs, rhs))) throw new ClaimFailure(`${what}: ${fmt(lhs)} ≠ ${fmt(rhs)}`);
    },
    nonneg: (what, value) => {
      if (negative(value)) throw new ClaimFailure(`${what} = ${fmt(value)} < 0`);
    },
    positive: (what, value) => {
      if (!F.isPositive(value)) throw new ClaimFailure(`${what} = ${fmt(value)}, not > 0`);
    },
  };
}
