import type { Algebra } from '../../src/algebra/algebra.js';
import type { Kit } from '../../src/lang/kit.js';
import { allPairGradients } from '../../src/network/gradients.js';
import type { NetworkSpec } from '../../src/io/network-file.js';
import { exactKit } from './exact-kit.js';
import { exact, type ExactMatrix, type Scalar } from './exact-net.js';

/** The four terms of a (local, distant) pair: local = in₁ − ex₁, distant = in₂ − ex₂. */
export interface Terms<M> {
  in1: M;
  ex1: M;
  in2: M;
  ex2: M;
}

/** (in₁ − ex₁)·(in₂ − ex₂), expanded correctly: in₁·in₂ − in₁·ex₂ − ex₁·in₂ + ex₁·ex₂. */
export function expansionOf<M, S>(alg: Algebra<M, S>, t: Terms<M>): S {
  const F = alg.field;
  return F.add(F.sub(F.sub(alg.dot(t.in1, t.in2), alg.dot(t.in1, t.ex2)), alg.dot(t.ex1, t.in2)), alg.dot(t.ex1, t.ex2));
}

/** The note's printed expansion: in₁·in₂ − in₁·ex₂ − in₂·ex₂ + ex₂·ex₁ (third term differs). */
export function printedExpansionOf<M, S>(alg: Algebra<M, S>, t: Terms<M>): S {
  const F = alg.field;
  return F.add(F.sub(F.sub(alg.dot(t.in1, t.in2), alg.dot(t.in1, t.ex2)), alg.dot(t.in2, t.ex2)), alg.dot(t.ex2, t.ex1));
}

/** Claims local·distant (pairs (1,1), (1,2)) = `expand` of their split terms. */
export function expandsProduct(expand: <M, S>(alg: Algebra<M, S>, t: Terms<M>) => S, what: string) {
  return <M, S>(k: Kit<M, S>): void => {
    const all = allPairGradients(k.alg, k.net);
    const [local, distant] = [all.pair(1, 1), all.pair(1, 2)];
    const rhs = expand(k.alg, { in1: local.internal, ex1: local.external, in2: distant.internal, ex2: distant.external });
    k.equalScalar(`(in₁ − ex₁)·(in₂ − ex₂) vs ${what}`, k.alg.dot(local.gradient, distant.gradient), rhs);
  };
}

/** The correct expansion of exact terms. */
export const expansion = (t: Terms<ExactMatrix>): Scalar => expansionOf(exact, t);
/** The printed expansion of exact terms. */
export const printedExpansion = (t: Terms<ExactMatrix>): Scalar => printedExpansionOf(exact, t);

/** Throws ClaimFailure unless local·distant equals `expand` of the split terms, exactly. */
export const mustExpandProduct = (spec: NetworkSpec, expand: (t: Terms<ExactMatrix>) => Scalar, what: string): void =>
  expandsProduct((alg, t) => expand(t as Terms<ExactMatrix>) as never, what)(exactKit(spec));
