/** The tiled kernels against the definition (AB)_ij = Σ_p A_ip B_pj, on every edge case of the 4×4 tiling. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matmul, matmulTN } from '../../src/engine/kernels.js';
import { wasmArena } from '../../src/engine/wasm/gemm.js';

/** Small integer entries: every product and sum is exact in float64, so results must match exactly. */
const matrix = (rows: number, cols: number) => fc.array(fc.integer({ min: -9, max: 9 }), { minLength: rows * cols, maxLength: rows * cols }).map((a) => Float64Array.from(a));
const dims = fc.record({ m: fc.integer({ min: 1, max: 11 }), k: fc.integer({ min: 1, max: 11 }), n: fc.integer({ min: 1, max: 11 }) });

/** Both JS kernels: how each stores A, and how it is called. */
const KERNELS = [
  ['matmul: C = AB, A stored m×k', (A: Float64Array, m: number, k: number, i: number, p: number) => A[i * k + p]!,
    (C: Float64Array, A: Float64Array, B: Float64Array, m: number, k: number, n: number) => matmul(C, A, B, m, k, n)],
  ['matmulTN: C = AᵀB, A stored k×m', (A: Float64Array, m: number, _k: number, i: number, p: number) => A[p * m + i]!,
    (C: Float64Array, A: Float64Array, B: Float64Array, m: number, k: number, n: number) => matmulTN(C, A, B, k, m, n)],
] as const;

describe('kernels', () => {
  it.each(KERNELS)('%s, exactly, for all shapes, tile edges included', (_name, entry, kernel) => {
    fc.assert(
      fc.property(dims.chain((d) => fc.tuple(fc.constant(d), matrix(d.m, d.k), matrix(d.k, d.n))), ([{ m, k, n }, A, B]) => {
        // Arrange
        const C = new Float64Array(m * n).fill(Number.NaN);
        // Act
        kernel(C, A, B, m, k, n);
        // Assert: (ÂB)_ij = Σ_p Â_ip B_pj, every entry written
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += entry(A, m, k, i, p) * B[p * n + j]!;
          expect(C[i * n + j]).toBe(s);
        }
      }),
    );
  });
});

describe('WebAssembly SIMD gemm', () => {
  const mult4 = fc.integer({ min: 1, max: 4 }).map((q) => 4 * q);
  it('C = ÂB exactly for Â = A (row strides k, 1) and Â = Aᵀ (strides 1, m), m, n multiples of 4', () => {
    fc.assert(
      fc.property(fc.record({ m: mult4, k: fc.integer({ min: 1, max: 11 }), n: mult4 }).chain((d) => fc.tuple(fc.constant(d), matrix(d.m, d.k), matrix(d.k, d.n))), ([{ m, k, n }, A, B]) => {
        // Arrange: the same entries in the arena; A also transposed (stored k×m)
        const arena = wasmArena(3 * m * k + k * n + 2 * m * n);
        const [a, aT, b, c, cT] = [arena.alloc(m * k), arena.alloc(k * m), arena.alloc(k * n), arena.alloc(m * n), arena.alloc(m * n)];
        a.set(A);
        b.set(B);
        for (let i = 0; i < m; i++) for (let p = 0; p < k; p++) aT[p * m + i] = A[i * k + p]!;
        // Act
        arena.gemm(c, a, b, m, k, n, k, 1);
        arena.gemm(cT, aT, b, m, k, n, 1, m);
        // Assert
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += A[i * k + p]! * B[p * n + j]!;
          expect(c[i * n + j]).toBe(s);
          expect(cT[i * n + j]).toBe(s);
        }
      }),
    );
  });

  it('the committed bytes are gemm.wat assembled (npm run build:wasm)', async () => {
    const { assembleGemm } = await import('../../src/engine/wasm/assemble.js');
    const { GEMM_WASM_BASE64 } = await import('../../src/engine/wasm/gemm-bytes.js');
    expect(Buffer.from(await assembleGemm()).toString('base64')).toBe(GEMM_WASM_BASE64);
  });
});
