import { runParallel } from '../reproduce/parallel.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { gaussianFlatNetwork } from '../random/flat-network.js';
import { engineCosines } from './cosines.js';
import { trialFlops } from './trial.js';
import { type GemmVariant, wasmArena } from './wasm/gemm.js';
import { pad4 } from './workspace.js';

/** Seconds that f takes (awaited when it returns a promise). */
async function timedAsync(f: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await f();
  return (performance.now() - start) / 1000;
}

/** Seconds that f takes. */
function timed(f: () => void): number {
  const start = performance.now();
  f();
  return (performance.now() - start) / 1000;
}

/** Timed runs of an end-to-end figure, the fastest kept. */
export const END_TO_END_RUNS = 3;

/** Untimed trials per thread before an end-to-end timing: enough for V8 to optimize every thread's code. */
const WARM_UP_TRIALS = 10;

/**
 * End to end: `trials` trials on `workers` threads (pooled), network generation included; seconds,
 * the fastest of `runs` runs (the least disturbed by other processes), after a warm-up run on the
 * same threads, as a sweep's later setups find their workers.
 */
export async function timeEndToEnd(o: ReproduceOptions, workers: number, runs = END_TO_END_RUNS): Promise<number> {
  await runParallel({ ...o, trials: Math.min(o.trials, WARM_UP_TRIALS * workers) }, workers, () => {});
  let best = Infinity;
  for (let r = 0; r < runs; r++) best = Math.min(best, await timedAsync(() => runParallel(o, workers, () => {})));
  return best;
}

/**
 * Compute only, on this thread: the engine on networks generated beforehand (as numpy is timed).
 * Seconds for all trials at the pace of the fastest one: each trial is timed alone, and the
 * fastest is the one least disturbed by other processes on the machine.
 */
export function timeComputeOnly(o: ReproduceOptions, gemm?: GemmVariant): number {
  const nets = Array.from({ length: o.trials }, (_, t) => gaussianFlatNetwork(o.seed + t, o.setup));
  const cosines = engineCosines(o.kernel ?? 'wasm', gemm);
  cosines(nets[0]!); // warm-up
  return Math.min(...nets.map((net) => timed(() => cosines(net)))) * o.trials;
}

/**
 * The gemm's ceiling (`variant`'s build; gemmVariant() unless given): multiply-adds per second of the gemm alone, data in one arena, at the
 * trial's shape (W×W)·(W×N), best of the engine's two layouts (AB and AᵀB). Timed as timeComputeOnly
 * times trials: `bursts` bursts, each of as many gemms as one trial has multiply-adds (trialFlops / W²N),
 * at the fastest burst's pace, so both figures meet the same interruptions by other processes.
 */
export function wasmGemmRate(L: number, W: number, N: number, bursts: number, variant?: GemmVariant): number {
  const [w, n] = [pad4(W), pad4(N)];
  const perBurst = Math.max(1, Math.round(trialFlops(L, W, N) / (W * W * N)));
  const arena = wasmArena(w * w + 2 * w * n + 64, variant);
  const [A, B, C] = [arena.alloc(w * w), arena.alloc(w * n), arena.alloc(w * n)];
  A.fill(0.5), B.fill(0.25);
  const burst = (ri: number, rp: number) => timed(() => {
    for (let r = 0; r < perBurst; r++) arena.gemm(C, A, B, w, w, n, ri, rp);
  });
  const rate = (ri: number, rp: number) => {
    burst(ri, rp); // warm-up
    let best = Infinity;
    for (let b = 0; b < bursts; b++) best = Math.min(best, burst(ri, rp));
    return (perBurst * W * W * N) / best;
  };
  return Math.max(rate(w, 1), rate(1, w));
}
