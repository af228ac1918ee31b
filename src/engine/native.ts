import { createRequire } from 'node:module';

/** gemm.wat's gemm export, bit for bit, on the memory it was bound to (byte offsets; 0: no buffer). */
export type BoundGemm = (C: number, A: number, B: number, m: number, k: number, n: number, ri: number, rp: number, D: number, E: number, sym: number) => number;

/** The native addon (native/): bind(buffer) returns its gemm on that ArrayBuffer, a WebAssembly memory's. */
interface NativeAddon {
  bind(buffer: ArrayBuffer): BoundGemm;
}

/** Where `npm ci` builds the addon (native/binding.gyp, scripts/build-native.mjs); the same from src/ and dist/. */
export const NATIVE_PATH = new URL('../../native/build/Release/gemm.node', import.meta.url);

/** The addon at `path`, or null where there is none or it does not load. */
export function loadNative(path: URL): NativeAddon | null {
  try {
    return createRequire(import.meta.url)(path.pathname) as NativeAddon;
  } catch {
    return null;
  }
}

let addon: NativeAddon | null | undefined;

/**
 * The native gemm (native/gemm.c: AVX2 and FMA, built with -march=native at install), or null where
 * it was not built (`npm ci --ignore-scripts`, no compiler, a CPU without AVX2 and FMA) or does not load.
 */
export function nativeAddon(): NativeAddon | null {
  addon ??= loadNative(NATIVE_PATH);
  return addon;
}
