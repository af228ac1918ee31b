import type { Field } from './field.js';

/**
 * Sparse multivariate polynomials with coefficients in a Field (exact decimals for a
 * certificate). A monomial is its variables' ids, sorted, each repeated by its power:
 * x₀² x₃ is [0, 0, 3]. A polynomial maps the monomial's key ("0,0,3") to its term; zero
 * coefficients are dropped, so the zero polynomial is the empty map.
 */
export interface Term<S> {
  readonly vars: readonly number[];
  readonly coeff: S;
}

export type Polynomial<S> = ReadonlyMap<string, Term<S>>;

const keyOf = (vars: readonly number[]): string => vars.join(',');

/** Adds c·(the monomial vars) into p in place, dropping a coefficient that cancels to 0. */
function accumulate<S>(F: Field<S>, p: Map<string, Term<S>>, vars: readonly number[], c: S): void {
  const key = keyOf(vars);
  const old = p.get(key);
  const coeff = old ? F.add(old.coeff, c) : c;
  if (F.isZero(coeff)) p.delete(key);
  else p.set(key, { vars, coeff });
}

/** The product of two monomials: their sorted variable lists merged. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** The polynomial c (no terms when c = 0). */
export function constant<S>(F: Field<S>, c: S): Polynomial<S> {
  return F.isZero(c) ? new Map() : new Map([['', { vars: [], coeff: c }]]);
}

/** The variable x_id. */
export function variable<S>(F: Field<S>, id: number): Polynomial<S> {
  if (!Number.isInteger(id) || id < 0) throw new RangeError(`variable: id must be an integer ≥ 0, got ${id}`);
  return new Map([[String(id), { vars: [id], coeff: F.one }]]);
}

/** Σ_k ps[k]. */
export function sum<S>(F: Field<S>, ps: readonly Polynomial<S>[]): Polynomial<S> {
  const out = new Map<string, Term<S>>();
  for (const p of ps) for (const t of p.values()) accumulate(F, out, t.vars, t.coeff);
  return out;
}

/** p + q. */
export const add = <S>(F: Field<S>, p: Polynomial<S>, q: Polynomial<S>): Polynomial<S> => sum(F, [p, q]);

/** c·p. */
export function scale<S>(F: Field<S>, c: S, p: Polynomial<S>): Polynomial<S> {
  const out = new Map<string, Term<S>>();
  for (const t of p.values()) accumulate(F, out, t.vars, F.mul(c, t.coeff));
  return out;
}

/** p·q, term by term. */
export function mul<S>(F: Field<S>, p: Polynomial<S>, q: Polynomial<S>): Polynomial<S> {
  const out = new Map<string, Term<S>>();
  for (const s of p.values()) for (const t of q.values()) accumulate(F, out, mergeSorted(s.vars, t.vars), F.mul(s.coeff, t.coeff));
  return out;
}

/** Σ_k ps[k]·qs[k] (a dot product of polynomial vectors), accumulated in one map. */
export function dot<S>(F: Field<S>, ps: readonly Polynomial<S>[], qs: readonly Polynomial<S>[]): Polynomial<S> {
  if (ps.length !== qs.length) throw new RangeError(`dot: lengths ${ps.length} and ${qs.length} differ`);
  const out = new Map<string, Term<S>>();
  ps.forEach((p, k) => {
    for (const s of p.values()) for (const t of qs[k]!.values()) accumulate(F, out, mergeSorted(s.vars, t.vars), F.mul(s.coeff, t.coeff));
  });
  return out;
}

/** The value of p where x_v = at(v). */
export function evaluate<S>(F: Field<S>, p: Polynomial<S>, at: (v: number) => S): S {
  let acc = F.zero;
  for (const t of p.values()) acc = F.add(acc, t.vars.reduce((m, v) => F.mul(m, at(v)), t.coeff));
  return acc;
}
