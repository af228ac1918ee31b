import { readFileSync } from 'node:fs';
import wabt from 'wabt';

/** Assembles gemm.wat (SIMD enabled) into WebAssembly bytes with wabt. */
export async function assembleGemm(): Promise<Uint8Array> {
  const w = await wabt();
  const source = readFileSync(new URL('./gemm.wat', import.meta.url), 'utf8');
  const module = w.parseWat('gemm.wat', source, { simd: true });
  module.validate();
  return module.toBinary({}).buffer;
}
