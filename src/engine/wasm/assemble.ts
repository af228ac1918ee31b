import { readFileSync } from 'node:fs';
import wabt from 'wabt';

/** The gemm's two wasm builds: `mul-add` (f64x2.mul then f64x2.add) and `fma` (relaxed SIMD's f64x2.relaxed_madd). */
export type WasmBuild = 'mul-add' | 'fma';

/** The accumulate c + a·b of the gemm's inner step, eight of them, each one f64x2.relaxed_madd in the `fma` build. */
const ACCUMULATE = /\(f64x2\.add \(local\.get (\$c\d\d)\) \(f64x2\.mul \(local\.get (\$a0)\) \(local\.get (\$b\d)\)\)\)/g;

/** gemm.wat with its inner step's eight accumulates fused (relaxed_madd(a, b, c) = a·b + c, fused where the CPU can). */
export function fusedSource(source: string): string {
  const found = source.match(ACCUMULATE)?.length ?? 0;
  if (found !== 8) throw new Error(`gemm.wat: expected the inner step's 8 accumulates c + a·b, found ${found}`);
  return source.replace(ACCUMULATE, '(f64x2.relaxed_madd (local.get $2) (local.get $3) (local.get $1))');
}

/** Assembles a .wat of this folder (SIMD enabled) into WebAssembly bytes with wabt. */
async function assemble(file: string, edit = (source: string) => source, relaxed = false): Promise<Uint8Array> {
  const w = await wabt();
  const source = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  const module = w.parseWat(file, edit(source), { simd: true, relaxed_simd: relaxed });
  module.validate();
  return module.toBinary({}).buffer;
}

/** gemm.wat's `variant` build. */
export const assembleGemm = (variant: WasmBuild = 'mul-add'): Promise<Uint8Array> =>
  variant === 'fma' ? assemble('gemm.wat', fusedSource, true) : assemble('gemm.wat');

/** activation.wat (tanh, relu). */
export const assembleActivation = (): Promise<Uint8Array> => assemble('activation.wat');
