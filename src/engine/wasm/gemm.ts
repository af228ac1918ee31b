import { GEMM_WASM_BASE64 } from './gemm-bytes.js';

/** Float64 buffers in one WebAssembly memory, and the SIMD gemm that works on them. */
export interface WasmArena {
  /** A zeroed, 16-byte-aligned view of n doubles in the arena's memory. */
  alloc(n: number): Float64Array;
  /** C (m×n) = Â·B with Â[i][p] = A[i·ri + p·rp] (element strides); m, n multiples of 4. */
  gemm(C: Float64Array, A: Float64Array, B: Float64Array, m: number, k: number, n: number, ri: number, rp: number): void;
}

let compiled: WebAssembly.Module | undefined;

/** An arena with room for `doubles` float64 values (allocations round up to 2). */
export function wasmArena(doubles: number): WasmArena {
  compiled ??= new WebAssembly.Module(Buffer.from(GEMM_WASM_BASE64, 'base64'));
  const bytes = doubles * 8 + 64 * 16;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) + 1 });
  const { gemm } = new WebAssembly.Instance(compiled, { env: { memory } }).exports as {
    gemm(C: number, A: number, B: number, m: number, k: number, n: number, ri: number, rp: number): void;
  };
  let next = 16;
  return {
    alloc(n) {
      const view = new Float64Array(memory.buffer, next, n);
      next += Math.ceil((n * 8) / 16) * 16;
      if (next > memory.buffer.byteLength) throw new RangeError('wasmArena: out of room (size the arena for every buffer)');
      return view;
    },
    gemm: (C, A, B, m, k, n, ri, rp) => gemm(C.byteOffset, A.byteOffset, B.byteOffset, m, k, n, ri * 8, rp * 8),
  };
}
