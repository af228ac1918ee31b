import { InputError } from '../io/input-error.js';

/** The gemm's builds (wasm/gemm.ts): the wasm `mul-add` and `fma` builds, and `native` (native/gemm.c). */
export type GemmVariant = 'mul-add' | 'fma' | 'native';

/** The builds WHY_ALIGNMENT_GEMM may name. */
export const GEMM_VARIANTS: readonly GemmVariant[] = ['native', 'fma', 'mul-add'];

/** WHY_ALIGNMENT_GEMM, checked: unset or empty is undefined; an unknown value is refused. @throws InputError */
export function askedGemm(): GemmVariant | undefined {
  const asked = process.env.WHY_ALIGNMENT_GEMM;
  if (asked === undefined || asked === '') return undefined;
  if (!(GEMM_VARIANTS as readonly string[]).includes(asked)) {
    throw new InputError(`WHY_ALIGNMENT_GEMM must be ${GEMM_VARIANTS.join(', ')} or unset, got ${JSON.stringify(asked.slice(0, 40))}`);
  }
  return asked as GemmVariant;
}

/** The bits a build gives: native computes exactly the fma build's (properties/core/native-gemm.test.ts). */
export const gemmBits = (g: GemmVariant): 'fma' | 'mul-add' => (g === 'mul-add' ? 'mul-add' : 'fma');
