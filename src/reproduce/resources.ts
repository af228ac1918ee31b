import { totalmem } from 'node:os';
import { pad4, workspaceDoubles } from '../engine/workspace.js';
import type { ReproduceOptions } from './options.js';
import { blockBounds, statsBytes } from './trial-stats.js';

const GiB = 2 ** 30;

/** Most memory a run may plan to use: half this machine's memory, at most 8 GiB. */
export const memoryLimit = (): number => Math.min(8 * GiB, totalmem() / 2);

/** Bytes of one generated network (L·W² + (2L + 1)·W·N doubles). */
export const networkBytes = (L: number, W: number, N: number): number => 8 * (L * W * W + (2 * L + 1) * W * N);

/** Bytes of one engine workspace, W and N padded to ×4 (src/engine/workspace.ts). */
export const workspaceBytes = (L: number, W: number, N: number): number => 8 * workspaceDoubles(L, pad4(W), pad4(N));

/** A worker thread's own memory (V8 heap, sources loaded through tsx): 42 MiB measured (peak RSS, 5 workers vs 1). */
export const WORKER_BYTES = 64 * 2 ** 20;

/**
 * Memory a run needs: per worker its thread, a workspace, a network, a cosine table and the block in
 * progress; in all, every block's stats until they are merged; plus `keptNetworks` networks.
 */
export function runBytes(o: ReproduceOptions, workers: number, keptNetworks = 0): number {
  const { depth: L, width: W, batch: N } = o.setup;
  const blocks = blockBounds(o.trials, L).length - 1;
  const perWorker = WORKER_BYTES + workspaceBytes(L, W, N) + networkBytes(L, W, N) + 8 * (L + 1) ** 2 + statsBytes(L);
  return Math.min(workers, blocks) * perWorker + blocks * statsBytes(L) + keptNetworks * networkBytes(L, W, N);
}

const gib = (b: number) => `${(b / GiB).toFixed(b < GiB ? 3 : 2)} GiB`;

/** null when the run fits, else the one-line refusal with the estimate and the limit. */
export function memoryRefusal(o: ReproduceOptions, workers: number, keptNetworks = 0, limit = memoryLimit()): string | null {
  const need = runBytes(o, workers, keptNetworks);
  const wasm = workspaceBytes(o.setup.depth, o.setup.width, o.setup.batch);
  if (wasm > 4 * GiB - 2 ** 16) return `a workspace at --layers ${o.setup.depth} --width ${o.setup.width} --batch ${o.setup.batch} needs ${gib(wasm)}, beyond WebAssembly's 4 GiB; lower --layers, --width or --batch`;
  if (need <= limit) return null;
  return `this run needs about ${gib(need)} of memory (${Math.min(workers, o.trials)} worker(s)), over the limit of ${gib(limit)} (half this machine's memory, at most 8 GiB); lower --width, --layers, --batch or --workers`;
}

/**
 * log₁₀ of the typical activation scale at the last layer: E‖s_i‖² grows by g² per layer
 * in linear nets and by g²/2 in ReLU nets; tanh keeps |s| ≤ 1.
 */
export function log10ActivationGrowth(s: ReproduceOptions['setup']): number {
  if (s.activation === 'tanh') return 0;
  return s.depth * Math.log10(s.activation === 'relu' ? s.initScale / Math.SQRT2 : s.initScale);
}

/**
 * null, or a refusal for a setup whose gradient norms surely overflow: ‖G_ij‖² scales like
 * the 4th power of the activation scale, so beyond 10¹⁰⁰ it passes float64's 10³⁰⁸.
 */
export function overflowRefusal(s: ReproduceOptions['setup']): string | null {
  const growth = log10ActivationGrowth(s);
  if (growth <= 100) return null;
  return `activations grow like 10^${Math.round(growth)} over ${s.depth} layers at g = ${Number(s.initScale.toPrecision(4))} (${s.activation}), so the gradient norms overflow float64; lower --init-scale or --layers`;
}
