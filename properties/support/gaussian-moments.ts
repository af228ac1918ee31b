import type { Decimal } from 'decimal.js';
import { exactField } from '../../src/algebra/exact-field.js';
import { constant, dot, mul, type Polynomial, sum, variable } from '../../src/algebra/polynomial.js';
import { expectation, type WickExpectation } from '../../src/theory/wick.js';

/**
 * T8's expectations computed exactly: every Gaussian entry is a variable, the matrix products
 * are expanded as polynomials with exact decimal coefficients (plain loops, independent of the
 * recursion in src/theory/moments.ts), and E is taken by Wick's theorem (src/theory/wick.ts).
 */
export const F = exactField();
type P = Polynomial<Decimal>;
type PMatrix = P[][];

/** Fresh Gaussian variables, each with its variance. */
class Gaussians {
  readonly variances: Decimal[] = [];
  /** An r×c matrix of fresh variables of the given variance. */
  matrix(r: number, c: number, variance: Decimal): PMatrix {
    return Array.from({ length: r }, () => Array.from({ length: c }, () => variable(F, this.variances.push(variance) - 1)));
  }
  expect(p: P): WickExpectation<Decimal> {
    return expectation(F, p, (v) => this.variances[v]!);
  }
}

const column = (M: PMatrix, j: number): P[] => M.map((row) => row[j]!);
/** (X Y)_ij = Σ_t X_it Y_tj. */
const times = (X: PMatrix, Y: PMatrix): PMatrix => X.map((row) => Y[0]!.map((_, j) => dot(F, row, column(Y, j))));
/** P = MᵀM: P_ij = Σ_t M_ti M_tj. */
const gram = (M: PMatrix): PMatrix => M[0]!.map((_, i) => M[0]!.map((_, j) => dot(F, column(M, i), column(M, j))));
/** tr(P²) = Σ_ij P_ij P_ji. */
const traceOfSquare = (P: PMatrix): P => dot(F, P.flat(), P.flatMap((_, i) => column(P, i)));
const trace = (P: PMatrix): P => sum(F, P.map((row, i) => row[i]!));

/** J = A_k ⋯ A_1 applied to start (A_m: W×W of N(0, 1/W) entries); J = start at k = 0. */
function product(g: Gaussians, k: number, W: number, start: PMatrix): PMatrix {
  const invW = F.parse(String(1 / W));
  let J = start;
  for (let m = 0; m < k; m++) J = times(g.matrix(W, W, invW), J);
  return J;
}
const identity = (W: number): PMatrix => Array.from({ length: W }, (_, i) => Array.from({ length: W }, (_, j) => constant(F, i === j ? F.one : F.zero)));

/** E tr(P²) and E (tr P)² for P = JᵀJ, exactly: v_k and u_k of the recursion. */
export interface ProductExpectations {
  readonly trOfSq: WickExpectation<Decimal>;
  readonly trSq: WickExpectation<Decimal>;
  /** Gaussian variables of the expansion. */
  readonly variables: number;
}

const cache = new Map<string, ProductExpectations>();
/** Expands tr(P²) and (tr P)² for P = JᵀJ and takes their expectations (memoised per k, W). */
export function productExpectations(k: number, W: number): ProductExpectations {
  const key = `${k},${W}`;
  if (!cache.has(key)) {
    const g = new Gaussians();
    const P = gram(product(g, k, W, identity(W)));
    const t = trace(P);
    cache.set(key, { trOfSq: g.expect(traceOfSquare(P)), trSq: g.expect(mul(F, t, t)), variables: g.variances.length });
  }
  return cache.get(key)!;
}

/** E tr((BᵀB)²) for B = J X, X a W×N matrix of N(0, 1), exactly. */
export function batchExpectation(k: number, W: number, N: number): WickExpectation<Decimal> & { variables: number } {
  const g = new Gaussians();
  const B = product(g, k, W, g.matrix(W, N, F.one));
  return { ...g.expect(traceOfSquare(gram(B))), variables: g.variances.length };
}

/** "exactly by Wick's theorem over 1234 monomials in 40 Gaussians". */
export const wickText = (e: { monomials: number }, variables: number): string =>
  `exactly by Wick's theorem over ${e.monomials} monomials in ${variables} Gaussians`;
