import { availableParallelism } from 'node:os';
import type { ReproduceOptions } from './options.js';
import { runJob, type Running } from './pool.js';
import { runBlocks } from './run-trials.js';
import { blockBounds, mergeStats, type TrialStats } from './trial-stats.js';

/** Default workers: one per core. */
export const defaultWorkers = (): number => availableParallelism();

/** Chunks per worker: enough that workers finish together, few enough that messages cost nothing. */
const CHUNKS_PER_WORKER = 8;

/**
 * Runs the trials in fixed blocks (blockBounds) on `workers` pooled threads (1: this thread):
 * idle workers take the next chunk of blocks in turn, and the blocks are merged in order, so
 * the result has the same bits for any number of workers. The first failure stops every worker.
 */
export async function runParallel(o: ReproduceOptions, workers: number, onProgress: (done: number) => void): Promise<TrialStats> {
  let done = 0;
  const tick = () => onProgress(++done);
  const bounds = blockBounds(o.trials, o.setup.depth);
  const blocks = bounds.length - 1;
  const k = Math.max(1, Math.min(workers, blocks));
  const merge = (all: TrialStats[]) => all.reduce(mergeStats);
  if (k === 1) return merge(runBlocks(o, bounds, 0, blocks, tick));
  const size = Math.ceil(blocks / (k * CHUNKS_PER_WORKER));
  const parts: TrialStats[][] = [];
  const running = new Set<Running>();
  let [next, failed] = [0, false];
  const worker = async () => {
    for (let c = next++; c * size < blocks && !failed; c = next++) {
      const job = runJob({ options: o, bounds, from: c * size, to: Math.min(blocks, (c + 1) * size) }, tick);
      running.add(job);
      try {
        parts[c] = await job.result;
      } finally {
        running.delete(job);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: k }, worker));
  } catch (e) {
    failed = true;
    for (const job of running) job.cancel();
    throw e;
  }
  return merge(parts.flat());
}
