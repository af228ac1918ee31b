import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReproduceOptions, TrialResults } from './options.js';
import { runTrials } from './run-trials.js';

/** Default workers: one per core. */
export const defaultWorkers = (): number => availableParallelism();

/**
 * Runs the trials split into contiguous blocks over `workers` threads (1: this thread),
 * then joins the blocks in trial order.
 */
export async function runParallel(o: ReproduceOptions, workers: number, onProgress: (done: number) => void): Promise<TrialResults> {
  let done = 0;
  const tick = () => onProgress(++done);
  const k = Math.max(1, Math.min(workers, o.trials));
  if (k === 1) return runTrials(o, 0, o.trials, tick);
  const bounds = Array.from({ length: k + 1 }, (_, b) => Math.round((b * o.trials) / k));
  const blocks = await Promise.all(
    bounds.slice(0, k).map(
      (from, b) =>
        new Promise<TrialResults>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { options: o, from, to: bounds[b + 1] } });
          worker.on('message', (m: { progress?: number; done?: TrialResults }) => (m.done ? resolve(m.done) : tick()));
          worker.on('error', reject);
          worker.on('exit', (code) => code !== 0 && reject(new Error(`reproduce worker exited with code ${code}`)));
        }),
    ),
  );
  const cos = new Float64Array(blocks.reduce((n, b) => n + b.cos.length, 0));
  let at = 0;
  for (const b of blocks) (cos.set(b.cos, at), (at += b.cos.length));
  return { gapMeans: blocks.flatMap((b) => b.gapMeans), allPositive: blocks.flatMap((b) => b.allPositive), cos };
}
