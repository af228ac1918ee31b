import { alignmentTrial } from './trial.js';
import type { GemmVariant } from './wasm/gemm.js';
import { type FlatNetwork, type KernelKind, workspace, type Workspace } from './workspace.js';

/**
 * cos(i, j) = S(∂l_i/∂W_i, ∂l_j/∂W_i) for 1 ≤ i < j ≤ L, stored row-major (L+1)×(L+1);
 * NaN where it is undefined (a gradient with norm 0).
 */
export interface CosineTable {
  readonly L: number;
  readonly cos: Float64Array;
}

export const cosAt = (t: CosineTable, i: number, j: number): number => t.cos[i * (t.L + 1) + j]!;

/** The fast engine, reusing one workspace per (L, W, N); `gemm`: its gemm build (gemmVariant() unless given). */
export function engineCosines(kernel: KernelKind = 'wasm', gemm?: GemmVariant): (net: FlatNetwork) => CosineTable {
  let ws: Workspace | undefined;
  let key = '';
  return (net) => {
    const k = `${net.depth},${net.width},${net.batch}`;
    if (!ws || key !== k) (ws = workspace(net.depth, net.width, net.batch, kernel, gemm)), (key = k);
    const cos = new Float64Array((net.depth + 1) ** 2);
    alignmentTrial(ws, net, cos);
    return { L: net.depth, cos };
  };
}
