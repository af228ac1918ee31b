/**
 * The native gemm (native/gemm.c, built by npm ci) gives the wasm fma build's bits exactly, on real-valued
 * entries where rounding shows (kernels.test.ts checks both against the definition on exact sums);
 * it refuses a range outside its memory; and the engine falls back to wasm where it was not built.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadNative, nativeAddon } from '../../src/engine/native.js';
import { alignmentTrial } from '../../src/engine/trial.js';
import { wasmArena } from '../../src/engine/wasm/gemm.js';
import { workspace } from '../../src/engine/workspace.js';
import { gaussianFlatNetwork } from '../../src/random/flat-network.js';

const native = nativeAddon();
const flags = readFileSync('/proc/cpuinfo', 'utf8').match(/^flags\s*:(.*)$/m)?.[1]?.split(' ') ?? [];

describe('native gemm', () => {
  it.skipIf(process.env.WHY_ALIGNMENT_NATIVE === '0')('was built by npm ci on this machine (it has AVX2, FMA and Node headers): else `node native/build.mjs` says why', () => {
    if (!flags.includes('avx2') || !flags.includes('fma')) return;
    expect(native).not.toBeNull();
  });

  it('is absent, not an error, where no addon was built', () => {
    expect(loadNative(new URL('./no-such-addon.node', import.meta.url))).toBeNull();
  });

  /** One arena per build, its buffers at the largest shape drawn (m, n ≤ 32, k ≤ 40), used through subarrays. */
  const arenas = native ? { native: wasmArena(4 * 32 * 40 + 3 * 32 * 32 + 64, 'native'), fma: wasmArena(4 * 32 * 40 + 3 * 32 * 32 + 64, 'fma') } : undefined;
  const ARENAS = arenas ? { native: [40, 40, 32, 32, 32].map((r) => arenas.native.alloc(r * 32)), fma: [40, 40, 32, 32, 32].map((r) => arenas.fma.alloc(r * 32)) } : ({} as Record<'native' | 'fma', Float64Array[]>);
  const GEMMS = arenas ? { native: arenas.native.gemm, fma: arenas.fma.gemm } : ({} as Record<'native' | 'fma', never>);

  it.skipIf(!native)('equals the wasm fma build bit for bit: X, X ⊙ D, ⟨X, E⟩, both layouts, sym, every panel width (4, 8, 12 and more)', () => {
    const mult4 = fc.integer({ min: 1, max: 8 }).map((q) => 4 * q); // 4…32
    // uniform on [−1.43, 1.43] with full mantissas (fc.double draws by bit pattern: mostly tiny, where rounding rarely shows)
    const entries = (len: number) => fc.array(fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 7e8), { minLength: len, maxLength: len }).map((a) => Float64Array.from(a));
    const shape = fc.record({ m: mult4, k: fc.integer({ min: 1, max: 40 }), n: mult4, transposed: fc.boolean(), sym: fc.boolean(), withD: fc.boolean(), withE: fc.boolean(), stored: fc.boolean() });
    fc.assert(
      fc.property(shape.chain((s) => fc.tuple(fc.constant(s), entries(s.m * s.k), entries(s.k * (s.sym ? s.m : s.n)), entries(s.m * s.n), entries(s.m * s.n))), ([s, A, B, D, E]) => {
        // Arrange: the same operands in a native arena and an fma arena; sym is X = AᵀA (A stored k×m, no D)
        const n = s.sym ? s.m : s.n;
        const run = (variant: 'native' | 'fma') => {
          const [a, b, c, d, e] = ARENAS[variant].map((x, i) => x.subarray(0, [s.m * s.k, s.k * n, s.m * n, s.m * n, s.m * n][i])) as Float64Array[];
          a!.set(A), b!.set(s.sym ? A : B), d!.set(D.subarray(0, s.m * n)), e!.set(E.subarray(0, s.m * n)), c!.fill(Number.NaN);
          if (s.sym) for (let x = 0; x < s.m; x++) for (let y = 0; y < x; y++) e![x * s.m + y] = e![y * s.m + x]!; // E = Eᵀ
          const [ri, rp] = s.sym || s.transposed ? [1, s.m] : [s.k, 1];
          const dot = GEMMS[variant](s.stored ? c! : null, a!, s.sym ? a! : b!, s.m, s.k, n, ri, rp, s.withD && !s.sym ? d : undefined, s.withE ? e : undefined, s.sym);
          return { dot, c: Array.from(c!) };
        };
        // Act
        const [mine, wasm] = [run('native'), run('fma')];
        // Assert: Object.is tells −0 from 0 and compares NaN (entries left unwritten) as equal
        expect(Object.is(mine.dot, wasm.dot)).toBe(true);
        expect(mine.c.findIndex((x, q) => !Object.is(x, wasm.c[q]))).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it.skipIf(!native)('refuses, with a RangeError and nothing written, a range outside its memory, a size not a multiple of 4 or a misaligned offset', () => {
    // Arrange: a 1-page arena (64 KiB): 8192 doubles
    const arena = wasmArena(16);
    const [a, c] = [arena.alloc(16), arena.alloc(16)];
    const bytes = a.buffer.byteLength;
    const gemm = native!.bind(a.buffer as ArrayBuffer);
    const ok = [c.byteOffset, a.byteOffset, a.byteOffset, 4, 4, 4, 32, 8, 0, 0, 0] as const;
    const call = (patch: Record<number, number>) => () => gemm(...(ok.map((v, i) => patch[i] ?? v) as unknown as typeof ok));
    // Act / Assert
    expect(call({})).not.toThrow();
    expect(call({ 1: bytes - 8 })).toThrow(RangeError); // A runs past the end
    expect(call({ 2: -16 })).toThrow(RangeError);
    expect(call({ 0: bytes - 64 })).toThrow(RangeError); // C: 16 doubles from there do not fit
    expect(call({ 3: 6 })).toThrow(RangeError);
    expect(call({ 1: a.byteOffset + 4 })).toThrow(RangeError);
    expect(call({ 6: 1 << 30, 3: 8 })).toThrow(RangeError);
  });

  it.skipIf(!native)('gives the engine the wasm fma build\'s cosines bit for bit (every activation, padded shapes)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.record({ depth: fc.integer({ min: 2, max: 6 }), width: fc.integer({ min: 1, max: 30 }), batch: fc.integer({ min: 1, max: 14 }), activation: fc.constantFrom('linear' as const, 'relu' as const, 'tanh' as const), targetScale: fc.constantFrom(0, 0.5) }), (seed, o) => {
        // Arrange
        const net = gaussianFlatNetwork(seed, o);
        const [mine, wasm] = [new Float64Array((o.depth + 1) ** 2), new Float64Array((o.depth + 1) ** 2)];
        // Act
        alignmentTrial(workspace(o.depth, o.width, o.batch, 'wasm', 'native'), net, mine);
        alignmentTrial(workspace(o.depth, o.width, o.batch, 'wasm', 'fma'), net, wasm);
        // Assert
        expect(mine.findIndex((c, k) => !Object.is(c, wasm[k]))).toBe(-1);
      }),
      { numRuns: 40 },
    );
  });
});
