/** The tiled kernels against the definition (AB)_ij = Σ_p A_ip B_pj, on every edge case of the 4×4 tiling. */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dot, gram, gramDot, hadamard, matmul, matmulTN, residual } from '../../src/engine/kernels.js';
import { nativeAddon } from '../../src/engine/native.js';
import { type GemmVariant, wasmArena } from '../../src/engine/wasm/gemm.js';

/** Every gemm build this machine has: the two wasm builds, and the native one where npm ci built it. */
const BUILDS: GemmVariant[] = ['mul-add', 'fma', ...(nativeAddon() ? ['native' as const] : [])];

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

describe.each(BUILDS)('gemm, %s build (residual and mirror: the wasm build it runs beside)', (variant) => {
  const mult4 = fc.integer({ min: 1, max: 4 }).map((q) => 4 * q);
  it('X = ÂB exactly for Â = A (row strides k, 1) and Â = Aᵀ (strides 1, m), m, n multiples of 4; ⊙ D and ⟨X, E⟩ when asked', () => {
    fc.assert(
      fc.property(fc.record({ m: mult4, k: fc.integer({ min: 1, max: 11 }), n: mult4 }).chain((d) => fc.tuple(fc.constant(d), matrix(d.m, d.k), matrix(d.k, d.n), matrix(d.m, d.n), matrix(d.m, d.n))), ([{ m, k, n }, A, B, D, E]) => {
        // Arrange: the same entries in the arena; A also transposed (stored k×m)
        const arena = wasmArena(3 * m * k + k * n + 6 * m * n, variant);
        const [a, aT, b, d, e] = [arena.alloc(m * k), arena.alloc(k * m), arena.alloc(k * n), arena.alloc(m * n), arena.alloc(m * n)];
        const [c, cT, cD] = [arena.alloc(m * n), arena.alloc(m * n), arena.alloc(m * n)];
        a.set(A), b.set(B), d.set(D), e.set(E);
        for (let i = 0; i < m; i++) for (let p = 0; p < k; p++) aT[p * m + i] = A[i * k + p]!;
        const untouched = [Float64Array.from(b), Float64Array.from(d), Float64Array.from(e)];
        // Act: plain, plain transposed, fused (⊙ D, ⟨·, E⟩), and not stored (⟨ÂB, E⟩ only)
        const plain = [arena.gemm(c, a, b, m, k, n, k, 1), arena.gemm(cT, aT, b, m, k, n, 1, m)];
        const fused = arena.gemm(cD, aT, b, m, k, n, 1, m, d, e);
        const unstored = arena.gemm(null, a, b, m, k, n, k, 1, undefined, e);
        // Assert: small integers, so every result is exact
        let [dotFused, dotPlain] = [0, 0];
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += A[i * k + p]! * B[p * n + j]!;
          const q = i * n + j;
          expect([c[q], cT[q], cD[q]]).toEqual([s, s, s * D[q]!]);
          dotFused += s * D[q]! * E[q]!;
          dotPlain += s * E[q]!;
        }
        expect(plain).toEqual([0, 0]);
        expect([fused, unstored]).toEqual([dotFused, dotPlain]);
        expect([b, d, e]).toEqual(untouched);
      }),
    );
  });

  it('sym: X = AᵀA on and above the diagonal tiles only, ⟨X, E⟩ for E = Eᵀ exactly; js gram and gramDot alike', () => {
    fc.assert(
      fc.property(fc.record({ m: mult4, k: fc.integer({ min: 1, max: 11 }) }).chain((d) => fc.tuple(fc.constant(d), matrix(d.k, d.m), matrix(d.m, d.m))), ([{ m, k }, A, R]) => {
        // Arrange: A stored k×m, E = R + Rᵀ, C filled with NaN to see which entries are written
        const arena = wasmArena(k * m + 2 * m * m, variant);
        const [a, c, e] = [arena.alloc(k * m), arena.alloc(m * m), arena.alloc(m * m)];
        a.set(A), c.fill(Number.NaN);
        for (let x = 0; x < m; x++) for (let y = 0; y < m; y++) e[x * m + y] = R[x * m + y]! + R[y * m + x]!;
        const K = new Float64Array(m * m);
        // Act
        const stored = arena.gemm(c, a, a, m, k, m, 1, m, undefined, e, true);
        const unstored = arena.gemm(null, a, a, m, k, m, 1, m, undefined, e, true);
        gram(K, A, k, m);
        const jsDot = gramDot(A, e, k, m);
        // Assert: X_xy = Σ_p A_px A_py; tiles below the diagonal never written; every sum exact
        let full = 0;
        for (let x = 0; x < m; x++) for (let y = 0; y < m; y++) {
          let X = 0;
          for (let p = 0; p < k; p++) X += A[p * m + x]! * A[p * m + y]!;
          full += X * e[x * m + y]!;
          expect(c[x * m + y]).toBe(Math.floor(y / 4) >= Math.floor(x / 4) ? X : Number.NaN);
          expect(K[x * m + y]).toBe(X);
        }
        expect([stored, unstored, jsDot]).toEqual([full, full, full]);
      }),
    );
  });

  it('mirror copies the upper triangle onto the lower one and leaves the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }).chain((m) => fc.tuple(fc.constant(m), matrix(m, m))), ([m, K]) => {
        // Arrange
        const arena = wasmArena(m * m, variant);
        const k = arena.alloc(m * m);
        k.set(K);
        // Act
        arena.mirror(k, m);
        // Assert
        for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) expect(k[a * m + b]).toBe(a > b ? K[b * m + a] : K[a * m + b]);
      }),
    );
  });

  it('residual equals 2(s_k − t_k)·d_k exactly (wasm and js); js hadamard and dot equal x_k·y_k and Σ x_k y_k', () => {
    const len = fc.integer({ min: 1, max: 12 }).map((q) => 4 * q);
    fc.assert(
      fc.property(len.chain((n) => fc.tuple(fc.constant(n), matrix(4, n), matrix(1, n))), ([n, rows, y]) => {
        // Arrange: x, s, t, d are the rows of a 4×n integer matrix, copied into the arena
        const arena = wasmArena(8 * n, variant);
        const [x, s, t, d, o, yy] = [0, 1, 2, 3, 4, 5].map(() => arena.alloc(n)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
        [x, s, t, d].forEach((v, r) => v.set(rows.subarray(r * n, (r + 1) * n)));
        yy.set(y);
        const [jsX, jsO] = [Float64Array.from(x), new Float64Array(n)];
        // Act
        const dotJs = dot(x, y, n);
        arena.residual(o, s, t, d, n);
        residual(jsO, s, t, d, n);
        hadamard(jsX, y, n);
        // Assert: small integers, so every result is exact
        let sum = 0;
        for (let k = 0; k < n; k++) {
          const xk = rows[k]!;
          sum += xk * y[k]!;
          expect(jsX[k]).toBe(xk * y[k]!);
          const r = 2 * (s[k]! - t[k]!) * d[k]!;
          expect([o[k], jsO[k]]).toEqual([r, r]);
        }
        expect(dotJs).toBe(sum);
      }),
    );
  });

  it.skipIf(variant === 'native')('the committed bytes are gemm.wat and activation.wat assembled (npm run build:wasm)', async () => {
    const { assembleActivation, assembleGemm } = await import('../../src/engine/wasm/assemble.js');
    const { ACTIVATION_WASM_BASE64, GEMM_FMA_WASM_BASE64, GEMM_WASM_BASE64 } = await import('../../src/engine/wasm/wasm-bytes.js');
    expect(Buffer.from(await assembleGemm(variant as 'mul-add' | 'fma')).toString('base64')).toBe(variant === 'fma' ? GEMM_FMA_WASM_BASE64 : GEMM_WASM_BASE64);
    expect(Buffer.from(await assembleActivation()).toString('base64')).toBe(ACTIVATION_WASM_BASE64);
  });
});

describe('the gemm a process runs', () => {
  it('is native where npm ci built it, else the fma build where relaxed SIMD exists (Node 20: behind the V8 flag it sets); WHY_ALIGNMENT_GEMM=fma or =mul-add chooses that wasm build', () => {
    // Arrange: a fresh process each (the choice is made once per process), on the built dist/
    const chosen = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', "import { gemmVariant } from './dist/engine/wasm/gemm.js'; process.stdout.write(gemmVariant())"], { env: { ...process.env, ...env }, encoding: 'utf8' });
    // Act / Assert
    expect(chosen({ WHY_ALIGNMENT_GEMM: '' })).toBe(nativeAddon() ? 'native' : 'fma');
    expect(chosen({ WHY_ALIGNMENT_GEMM: 'fma' })).toBe('fma');
    expect(chosen({ WHY_ALIGNMENT_GEMM: 'mul-add' })).toBe('mul-add');
  });
});
