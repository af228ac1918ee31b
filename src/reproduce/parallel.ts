import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReproduceOptions } from './options.js';
import { runBlocks } from './run-trials.js';
import { blockBounds, mergeStats, type TrialStats } from './trial-stats.js';

/** Default workers: one per core. */
export const defaultWorkers = (): number => availableParallelism();

/** A failure inside a worker, rebuilt with its name (e.g. OverflowError) and message. */
const rebuilt = (f: { name: string; message: string }): Error => Object.assign(new Error(f.message), { name: f.name });

/**
 * Runs the trials in fixed blocks (blockBounds), contiguous runs of blocks on each of
 * `workers` threads (1: this thread), then merges the blocks in order: the same bits for
 * any number of workers. The first failure stops every worker.
 */
export async function runParallel(o: ReproduceOptions, workers: number, onProgress: (done: number) => void): Promise<TrialStats> {
  const bounds = blockBounds(o.trials, o.setup.depth);
  return (await runBlockRange(o, bounds, 0, bounds.length - 1, workers, onProgress)).reduce(mergeStats);
}

/**
 * The stats of blocks [fromBlock, toBlock) of `bounds` (trial t from seed S + t), one per
 * block in order, on up to `workers` threads; a shard runs the whole blocks of its range so.
 */
export async function runBlockRange(
  o: ReproduceOptions, bounds: readonly number[], fromBlock: number, toBlock: number, workers: number, onProgress: (done: number) => void,
): Promise<TrialStats[]> {
  let done = 0;
  const tick = () => onProgress(++done);
  const blocks = toBlock - fromBlock;
  const k = Math.max(1, Math.min(workers, blocks));
  if (k === 1) return runBlocks(o, bounds, fromBlock, toBlock, tick);
  const split = Array.from({ length: k + 1 }, (_, w) => fromBlock + Math.round((w * blocks) / k));
  const threads: Worker[] = [];
  try {
    const parts = await Promise.all(
      split.slice(0, k).map(
        (from, w) =>
          new Promise<TrialStats[]>((resolve, reject) => {
            const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { options: o, bounds, from, to: split[w + 1] } });
            threads.push(worker);
            worker.on('message', (m: { progress?: number; done?: TrialStats[]; failed?: { name: string; message: string } }) =>
              m.failed ? reject(rebuilt(m.failed)) : m.done ? resolve(m.done) : tick());
            worker.on('error', reject);
            worker.on('exit', (code) => code !== 0 && reject(new Error(`reproduce worker exited with code ${code}`)));
          }),
      ),
    );
    return parts.flat();
  } finally {
    for (const t of threads) void t.terminate();
  }
}
