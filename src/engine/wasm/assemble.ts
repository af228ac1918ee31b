import { readFileSync } from 'node:fs';
import wabt from 'wabt';

/** The gemm's two builds: `mul-add` (f64x2.mul then f64x2.add) and `fma` (relaxed SIMD's f64x2.relaxed_madd). */
export type GemmVariant = 'mul-add' | 'fma';

/** The accumulate c + a·b of the gemm's inner step, eight of them, each one f64x2.relaxed_madd in the `fma` build. */
const ACCUMULATE = /\(f64x2\.add \(local\.get (\$c\d\d)\) \(f64x2\.mul \(local\.get (\$a0)\) \(local\.get (\$b\d)\)\)\)/g;

/** gemm.wat with its inner step's eight accumulates fused (relaxed_madd(a, b, c) = a·b + c, fused where the CPU can). */
export function fusedSource(source: string): string {
  const found = source.match(ACCUMULATE)?.length ?? 0;
  if (found !== 8) throw new Error(`gemm.wat: expected the inner step's 8 accumulates c + a·b, found ${found}`);
  return source.replace(ACCUMULATE, '(f64x2.relaxed_madd (local.get $2) (local.get $3) (local.get $1))');
}

/** Assembles gemm.wat (SIMD enabled; relaxed SIMD for `fma`) into WebAssembly bytes with wabt. */
export async function assembleGemm(variant: GemmVariant = 'mul-add'): Promise<Uint8Array> {
  const w = await wabt();
  const source = readFileSync(new URL('./gemm.wat', import.meta.url), 'utf8');
  const fma = variant === 'fma';
  const module = w.parseWat('gemm.wat', fma ? fusedSource(source) : source, { simd: true, relaxed_simd: fma });
  module.validate();
  return module.toBinary({}).buffer;
}
