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
 * Runs the trials in fixed blocks (blockBounds) on `workers` pooled threads (1: this thread),
 * then merges the blocks in order, so the result has the same bits for any number of workers.
 */
export async function runParallel(o: ReproduceOptions, workers: number, onProgress: (done: number) => void): Promise<TrialStats> {
  const bounds = blockBounds(o.trials, o.setup.depth);
  return (await runBlockRange(o, bounds, 0, bounds.length - 1, workers, onProgress)).reduce(mergeStats);
}

/**
 * The stats of blocks [fromBlock, toBlock) of `bounds` (trial t from seed S + t), one per block
 * in order, on up to `workers` pooled threads: idle workers take the next chunk of blocks in
 * turn. The first failure stops every worker. A shard runs the whole blocks of its range so.
 */
export async function runBlockRange(
  o: ReproduceOptions, bounds: readonly number[], fromBlock: number, toBlock: number, workers: number, onProgress: (done: number) => void,
): Promise<TrialStats[]> {
  let done = 0;
  const tick = () => onProgress(++done);
  const blocks = toBlock - fromBlock;
  const k = Math.max(1, Math.min(workers, blocks));
  if (k === 1) return runBlocks(o, bounds, fromBlock, toBlock, tick);
  const size = Math.ceil(blocks / (k * CHUNKS_PER_WORKER));
  const parts: TrialStats[][] = [];
  const running = new Set<Running>();
  let [next, failed] = [0, false];
  const worker = async () => {
    for (let c = next++; c * size < blocks && !failed; c = next++) {
      const job = runJob({ options: o, bounds, from: fromBlock + c * size, to: fromBlock + Math.min(blocks, (c + 1) * size) }, tick);
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
  return parts.flat();
}
