import type { Field } from '../../src/algebra/field.js';

/** A dual number v + Σ_k t_k ε_k (ε_k ε_l = 0): value and gradient along many directions. */
export interface Dual<S> {
  readonly v: S;
  readonly t: readonly S[];
}

/** Forward-mode arithmetic on duals over any field: (a+b)′ = a′+b′, (ab)′ = a′b + ab′. */
export function dualOps<S>(F: Field<S>, m: number) {
  const constant = (v: S): Dual<S> => ({ v, t: new Array<S>(m).fill(F.zero) });
  const add = (a: Dual<S>, b: Dual<S>): Dual<S> => ({ v: F.add(a.v, b.v), t: a.t.map((x, k) => F.add(x, b.t[k]!)) });
  const sub = (a: Dual<S>, b: Dual<S>): Dual<S> => ({ v: F.sub(a.v, b.v), t: a.t.map((x, k) => F.sub(x, b.t[k]!)) });
  const mul = (a: Dual<S>, b: Dual<S>): Dual<S> => ({
    v: F.mul(a.v, b.v),
    t: a.t.map((x, k) => F.add(F.mul(x, b.v), F.mul(a.v, b.t[k]!))),
  });
  /** Applies f with derivative fPrime at a.v: (f(a))′ = f′(a)·a′. */
  const chain = (a: Dual<S>, f: S, fPrime: S): Dual<S> => ({ v: f, t: a.t.map((x) => F.mul(fPrime, x)) });
  return { constant, add, sub, mul, chain };
}
