import { setFlagsFromString } from 'node:v8';
import { askedGemm, type GemmVariant } from '../gemm-env.js';
import { nativeAddon } from '../native.js';
import type { WasmBuild } from './assemble.js';
import { ACTIVATION_WASM_BASE64, GEMM_FMA_WASM_BASE64, GEMM_WASM_BASE64 } from './wasm-bytes.js';

/**
 * The gemm's builds: the wasm `mul-add` and `fma` builds (assemble.ts), and `native`, native/gemm.c
 * compiled at install (AVX2 + FMA), which gives the fma build's bits exactly (properties/core/native-gemm.test.ts)
 * at about 1.8× its speed on AVX2 machines (docs/performance-reproduce.md). It works on the arena's memory,
 * which never grows, so the address it was bound to stays valid.
 */
export type { GemmVariant };

/** Float64 buffers in one WebAssembly memory, and the SIMD gemm and activation steps that work on them. */
export interface WasmArena {
  /** A zeroed, 16-byte-aligned view of n doubles in the arena's memory. */
  alloc(n: number): Float64Array;
  /**
   * X = (Â·B) ⊙ D (m×n) with Â[i][p] = A[i·ri + p·rp] (element strides), m, n multiples of 4:
   * stored in C unless C is null, ⊙ D skipped if D is omitted; returns ⟨X, E⟩ if E is given, else 0.
   * `sym` (for X = AᵀA, no D, E symmetric): only the 4×4 tiles on and above the diagonal are computed
   * and stored, and ⟨X, E⟩ counts those above it twice.
   */
  gemm(C: Float64Array | null, A: Float64Array, B: Float64Array, m: number, k: number, n: number, ri: number, rp: number, D?: Float64Array, E?: Float64Array, sym?: boolean): number;
  /** o ← 2(s − t) ⊙ d over the first n entries (n even). */
  residual(o: Float64Array, s: Float64Array, t: Float64Array, d: Float64Array, n: number): void;
  /** K[a][b] ← K[b][a] for a > b: the lower triangle of K (m×m) from the upper one. */
  mirror(K: Float64Array, m: number): void;
  /** z ← tanh z, d ← 1 − z² over the first n entries (n ≡ 0 mod 4); within 4.5·2⁻⁵³ relative of tanh (see activation.wat). */
  tanh(z: Float64Array, d: Float64Array, n: number): void;
  /** z ← z if z > 0 else +0, d ← 1 if z > 0 else 0, over the first n entries (n even). */
  relu(z: Float64Array, d: Float64Array, n: number): void;
}

const BYTES: Record<WasmBuild, Uint8Array<ArrayBuffer>> = {
  'mul-add': new Uint8Array(Buffer.from(GEMM_WASM_BASE64, 'base64')),
  fma: new Uint8Array(Buffer.from(GEMM_FMA_WASM_BASE64, 'base64')),
};
let best: GemmVariant | undefined;

/**
 * The gemm this process runs by default: `native` where its addon was built and relaxed SIMD exists
 * (the fma build's residual and mirror run beside it), else `fma` if this Node's WebAssembly has relaxed
 * SIMD (Node 20 has it behind V8's --experimental-wasm-relaxed-simd, which is set here), else `mul-add`.
 * WHY_ALIGNMENT_GEMM=mul-add or =fma chooses that wasm build (=native: the default where it exists). One fused multiply-add per lane pair instead
 * of two instructions makes the wasm gemm about 25% faster on this CPU (docs/performance.md).
 */
export function gemmVariant(): GemmVariant {
  const asked = askedGemm();
  best ??= asked === 'mul-add' || !relaxedSimd() ? 'mul-add' : asked === 'fma' || !nativeAddon() ? 'fma' : 'native';
  return best;
}


/** Can this process run the fma build? Sets V8's --experimental-wasm-relaxed-simd first if it must (Node 20). */
function relaxedSimd(): boolean {
  if (!WebAssembly.validate(BYTES.fma)) setFlagsFromString('--experimental-wasm-relaxed-simd');
  return WebAssembly.validate(BYTES.fma);
}

const compiled = new Map<WasmBuild, WebAssembly.Module>();
let activation: WebAssembly.Module | undefined;

/** An arena with room for `doubles` float64 values (allocations round up to 2), running `variant`'s gemm. */
export function wasmArena(doubles: number, variant: GemmVariant = gemmVariant()): WasmArena {
  const native = variant === 'native' ? nativeAddon() : undefined;
  if (native === null) throw new Error('wasmArena: the native gemm was not built (npm ci builds it: see native/)');
  const build: WasmBuild = variant === 'native' ? 'fma' : variant;
  if (!compiled.has(build)) {
    if (build === 'fma' && !relaxedSimd()) throw new Error("wasmArena: this Node's WebAssembly has no relaxed SIMD (the fma build)");
    compiled.set(build, new WebAssembly.Module(BYTES[build]));
  }
  const bytes = doubles * 8 + 64 * 16;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) + 1 });
  activation ??= new WebAssembly.Module(new Uint8Array(Buffer.from(ACTIVATION_WASM_BASE64, 'base64')));
  const instance = (module: WebAssembly.Module) => new WebAssembly.Instance(module, { env: { memory } }).exports;
  const { gemm: wasmGemm, residual, mirror } = instance(compiled.get(build)!) as {
    gemm(C: number, A: number, B: number, m: number, k: number, n: number, ri: number, rp: number, D: number, E: number, sym: number): number;
    residual(o: number, s: number, t: number, d: number, n: number): void;
    mirror(K: number, m: number): void;
  };
  const gemm = native ? native.bind(memory.buffer) : wasmGemm;
  const { tanh, relu } = instance(activation) as { tanh(z: number, d: number, n: number): void; relu(z: number, d: number, n: number): void };
  let next = 16; // byte offset 0 stays free: the gemm reads 0 as "no buffer"
  return {
    alloc(n) {
      const view = new Float64Array(memory.buffer, next, n);
      next += Math.ceil((n * 8) / 16) * 16;
      if (next > memory.buffer.byteLength) throw new RangeError('wasmArena: out of room (size the arena for every buffer)');
      return view;
    },
    gemm: (C, A, B, m, k, n, ri, rp, D, E, sym) =>
      gemm(C?.byteOffset ?? 0, A.byteOffset, B.byteOffset, m, k, n, ri * 8, rp * 8, D?.byteOffset ?? 0, E?.byteOffset ?? 0, sym ? 1 : 0),
    residual: (o, s, t, d, n) => residual(o.byteOffset, s.byteOffset, t.byteOffset, d.byteOffset, n),
    mirror: (K, m) => mirror(K.byteOffset, m),
    tanh: (z, d, n) => tanh(z.byteOffset, d.byteOffset, n),
    relu: (z, d, n) => relu(z.byteOffset, d.byteOffset, n),
  };
}
