import type { NetworkSpec } from '../../src/io/network-file.js';
import type { ExactMatrix, Scalar } from './exact-net.js';
import { dot, exactAllPairs, F, mustEqualScalar } from './exact-net.js';

/** The four terms of a (local, distant) pair: local = in₁ − ex₁, distant = in₂ − ex₂. */
export interface Terms {
  in1: ExactMatrix;
  ex1: ExactMatrix;
  in2: ExactMatrix;
  ex2: ExactMatrix;
}

/** (in₁ − ex₁)·(in₂ − ex₂), expanded correctly: in₁·in₂ − in₁·ex₂ − ex₁·in₂ + ex₁·ex₂. */
export function expansion(t: Terms): Scalar {
  return F.add(F.sub(F.sub(dot(t.in1, t.in2), dot(t.in1, t.ex2)), dot(t.ex1, t.in2)), dot(t.ex1, t.ex2));
}

/** The note's printed expansion: in₁·in₂ − in₁·ex₂ − in₂·ex₂ + ex₂·ex₁ (third term differs). */
export function printedExpansion(t: Terms): Scalar {
  return F.add(F.sub(F.sub(dot(t.in1, t.in2), dot(t.in1, t.ex2)), dot(t.in2, t.ex2)), dot(t.ex2, t.ex1));
}

/** Throws unless local·distant (pairs (1,1), (1,2)) equals `expand` of their split terms, exactly. */
export function mustExpandProduct(spec: NetworkSpec, expand: (t: Terms) => Scalar, what: string): void {
  const all = exactAllPairs(spec);
  const [local, distant] = [all.pair(1, 1), all.pair(1, 2)];
  const rhs = expand({ in1: local.internal, ex1: local.external, in2: distant.internal, ex2: distant.external });
  mustEqualScalar(`(in₁ − ex₁)·(in₂ − ex₂) vs ${what}`, dot(local.gradient, distant.gradient), rhs);
}
