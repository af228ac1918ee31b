import { runParallel } from '../reproduce/parallel.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { engineCosines } from '../reproduce/pair-cosines.js';
import { gaussianFlatNetwork } from '../random/gaussian-network.js';
import { wasmArena } from './wasm/gemm.js';

const seconds = (start: number) => (performance.now() - start) / 1000;

/** End to end: `trials` trials on `workers` threads (pooled), network generation included; seconds. */
export async function timeEndToEnd(o: ReproduceOptions, workers: number): Promise<number> {
  const start = performance.now();
  await runParallel(o, workers, () => {});
  return seconds(start);
}

/**
 * Compute only, on this thread: the engine on networks generated beforehand (as numpy is timed).
 * Seconds for all trials at the pace of the fastest one: each trial is timed alone, and the
 * fastest is the one least disturbed by other processes on the machine.
 */
export function timeComputeOnly(o: ReproduceOptions): number {
  const nets = Array.from({ length: o.trials }, (_, t) => gaussianFlatNetwork(o.seed + t, o.setup));
  const cosines = engineCosines(o.kernel ?? 'wasm');
  cosines(nets[0]!); // warm-up
  let best = Infinity;
  for (const net of nets) {
    const start = performance.now();
    cosines(net);
    best = Math.min(best, seconds(start));
  }
  return best * o.trials;
}

/**
 * The wasm ceiling: multiply-adds per second of the wasm SIMD gemm alone, data in one arena,
 * at the trial's shape (W×W)·(W×N), best of the engine's two layouts (AB and AᵀB) and of bursts
 * of 20 gemms over `budget` s each (the fastest burst, as for timeComputeOnly).
 */
export function wasmGemmRate(W: number, N: number, budget = 0.25): number {
  const [w, n] = [Math.ceil(W / 4) * 4, Math.ceil(N / 4) * 4];
  const arena = wasmArena(w * w + 2 * w * n + 64);
  const [A, B, C] = [arena.alloc(w * w), arena.alloc(w * n), arena.alloc(w * n)];
  A.fill(0.5), B.fill(0.25);
  const rate = (ri: number, rp: number) => {
    for (let r = 0; r < 20; r++) arena.gemm(C, A, B, w, w, n, ri, rp); // warm-up
    let best = Infinity;
    for (const start = performance.now(); seconds(start) < budget; ) {
      const burst = performance.now();
      for (let r = 0; r < 20; r++) arena.gemm(C, A, B, w, w, n, ri, rp);
      best = Math.min(best, seconds(burst));
    }
    return (20 * W * W * N) / best;
  };
  return Math.max(rate(w, 1), rate(1, w));
}
