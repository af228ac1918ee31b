import { availableParallelism } from 'node:os';
import type { ReproduceOptions } from './options.js';
import { runJob, type Running } from './pool.js';
import { runBlocks } from './run-trials.js';
import { blockBounds, mergeStats, type TrialStats } from './trial-stats.js';

/** Default workers: one per core. */
export const defaultWorkers = (): number => availableParallelism();

/** Threads that run a run's trials: one per block at most; 1 means this thread. */
export const workersUsed = (o: ReproduceOptions, workers: number): number => Math.max(1, Math.min(workers, blockBounds(o.trials, o.setup.depth).length - 1));

/** Chunks shrink as the run ends (guided scheduling): each takes 1/(GUIDED·workers) of the blocks left, at least one. */
const GUIDED = 2;

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
 * turn, chunks shrinking towards the end so that the workers finish together. The first failure
 * stops every worker. A shard runs the whole blocks of its range so.
 */
export async function runBlockRange(
  o: ReproduceOptions, bounds: readonly number[], fromBlock: number, toBlock: number, workers: number, onProgress: (done: number) => void,
): Promise<TrialStats[]> {
  let done = 0;
  const tick = () => onProgress(++done);
  const blocks = toBlock - fromBlock;
  const k = Math.max(1, Math.min(workers, blocks));
  if (k === 1) return runBlocks(o, bounds, fromBlock, toBlock, tick);
  const parts = new Map<number, TrialStats[]>(); // by first block, joined in block order
  const running = new Set<Running>();
  let [next, failed] = [0, false];
  const worker = async () => {
    while (next < blocks && !failed) {
      const from = next;
      next = Math.min(blocks, from + Math.max(1, Math.ceil((blocks - from) / (GUIDED * k))));
      const job = runJob({ options: o, bounds, from: fromBlock + from, to: fromBlock + next }, tick);
      running.add(job);
      try {
        parts.set(from, await job.result);
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
  return [...parts.entries()].sort(([a], [b]) => a - b).flatMap(([, stats]) => stats);
}
