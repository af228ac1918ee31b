/** The tiled kernels against the definition (AB)_ij = Σ_p A_ip B_pj, on every edge case of the 4×4 tiling. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matmul, matmulTN } from '../../src/engine/kernels.js';

/** Small integer entries: every product and sum is exact in float64, so results must match exactly. */
const matrix = (rows: number, cols: number) => fc.array(fc.integer({ min: -9, max: 9 }), { minLength: rows * cols, maxLength: rows * cols }).map((a) => Float64Array.from(a));
const dims = fc.record({ m: fc.integer({ min: 1, max: 11 }), k: fc.integer({ min: 1, max: 11 }), n: fc.integer({ min: 1, max: 11 }) });

describe('kernels', () => {
  it('matmul: C = AB exactly for all shapes, tile edges included', () => {
    fc.assert(
      fc.property(dims.chain((d) => fc.tuple(fc.constant(d), matrix(d.m, d.k), matrix(d.k, d.n))), ([{ m, k, n }, A, B]) => {
        const C = new Float64Array(m * n).fill(Number.NaN);
        matmul(C, A, B, m, k, n);
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += A[i * k + p]! * B[p * n + j]!;
          expect(C[i * n + j]).toBe(s);
        }
      }),
    );
  });

  it('matmulTN: C = AᵀB exactly, A stored k×m', () => {
    fc.assert(
      fc.property(dims.chain((d) => fc.tuple(fc.constant(d), matrix(d.k, d.m), matrix(d.k, d.n))), ([{ m, k, n }, A, B]) => {
        const C = new Float64Array(m * n).fill(Number.NaN);
        matmulTN(C, A, B, k, m, n);
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += A[p * m + i]! * B[p * n + j]!;
          expect(C[i * n + j]).toBe(s);
        }
      }),
    );
  });
});
