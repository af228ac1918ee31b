import { type CosineTable, engineCosines } from '../engine/cosines.js';
import type { FlatNetwork, KernelKind } from '../engine/workspace.js';
import { gaussianFlatNetwork } from '../random/flat-network.js';
import type { ReproduceOptions } from './options.js';
import { addTrial, emptyStats, type TrialStats } from './trial-stats.js';

/** One engine per kernel kind per thread, so its workspace is reused across runs and chunks. */
const engines = new Map<KernelKind, (net: FlatNetwork) => CosineTable>();

/** Trial t's seed: (seed + t) mod 2³² (the generator reads 32 bits). */
export const trialSeed = (seed: number, t: number): number => (seed + t) % 2 ** 32;

/** This thread's network buffers, redrawn for every trial of the same shape. */
let threadNetwork: FlatNetwork | undefined;

/** Trial t's cosine table (network from seed S + t); an overflow names its trial and seed. */
export function trialCosines(o: ReproduceOptions, t: number, cosines: (net: FlatNetwork) => CosineTable): CosineTable {
  const seed = trialSeed(o.seed, t);
  try {
    threadNetwork = gaussianFlatNetwork(seed, o.setup, threadNetwork);
    return cosines(threadNetwork);
  } catch (e) {
    if (e instanceof Error && e.name === 'OverflowError') e.message = `trial ${t + 1} (seed ${seed}): ${e.message}`;
    throw e;
  }
}

/**
 * The stats of each block [bounds[k], bounds[k+1]) for k in [fromBlock, toBlock), on this
 * thread; onTrial is called after each trial.
 */
export function runBlocks(o: ReproduceOptions, bounds: readonly number[], fromBlock: number, toBlock: number, onTrial: () => void = () => {}): TrialStats[] {
  const kernel = o.kernel ?? 'wasm';
  if (!engines.has(kernel)) engines.set(kernel, engineCosines(kernel));
  const cosines = engines.get(kernel)!;
  const out: TrialStats[] = [];
  for (let b = fromBlock; b < toBlock; b++) {
    const stats = emptyStats(o.setup.depth);
    for (let t = bounds[b]!; t < bounds[b + 1]!; t++) (addTrial(stats, trialCosines(o, t, cosines)), onTrial());
    out.push(stats);
  }
  return out;
}
