import fc from 'fast-check';
import { gaussian, mulberry32 } from '../../src/random/rng.js';

/** Row-major r×c matrices as plain arrays, multiplied by loops (independent of src/theory). */
type M = { r: number; c: number; a: Float64Array };
const gaussianMatrix = (normal: () => number, r: number, c: number, sd: number): M =>
  ({ r, c, a: Float64Array.from({ length: r * c }, () => sd * normal()) });
function mul(x: M, y: M, transposeX = false): M {
  const [r, n] = transposeX ? [x.c, x.r] : [x.r, x.c];
  const out = new Float64Array(r * y.c);
  for (let i = 0; i < r; i++)
    for (let t = 0; t < n; t++) {
      const xit = transposeX ? x.a[t * x.c + i]! : x.a[i * x.c + t]!;
      for (let j = 0; j < y.c; j++) out[i * y.c + j]! += xit * y.a[t * y.c + j]!;
    }
  return { r, c: y.c, a: out };
}
/** tr(P²) = Σ P_ab P_ba. */
function trSquare(P: M): number {
  let s = 0;
  for (let a = 0; a < P.r; a++) for (let b = 0; b < P.r; b++) s += P.a[a * P.r + b]! * P.a[b * P.r + a]!;
  return s;
}
/** J = A_k ⋯ A_1 (J = X alone for k = 0 when a start is given). */
function product(normal: () => number, k: number, W: number, start: M): M {
  let J = start;
  for (let m = 0; m < k; m++) J = mul(gaussianMatrix(normal, W, W, 1 / Math.sqrt(W)), J);
  return J;
}
const identity = (W: number): M => ({ r: W, c: W, a: Float64Array.from({ length: W * W }, (_, t) => (t % (W + 1) === 0 ? 1 : 0)) });
const seeded = <T>(f: (normal: () => number) => T): fc.Arbitrary<T> =>
  fc.noBias(fc.integer()).map((seed) => f(gaussian(mulberry32(seed))));

/** tr(JᵀJ)²/W for a fresh J: its mean is c_k(W). */
export const productSample = (k: number, W: number): fc.Arbitrary<number> =>
  seeded((normal) => { const J = product(normal, k, W, identity(W)); return trSquare(mul(J, J, true)) / W; });
/** tr((BᵀB)²) for B = J X: its mean is N u_k + N(N + 1) v_k. */
export const batchSample = (k: number, W: number, N: number): fc.Arbitrary<number> =>
  seeded((normal) => { const B = product(normal, k, W, gaussianMatrix(normal, W, N, 1)); return trSquare(mul(B, B, true)); });

/** Relative half-widths of the claimed ranges: the heavier-tailed batch moment gets 10%. */
export const T8_TOLERANCE = { product: 0.08, batch: 0.1 } as const;
export const within = (x: number, r: number): [number, number] => [+(x * (1 - r)).toFixed(4), +(x * (1 + r)).toFixed(4)];
