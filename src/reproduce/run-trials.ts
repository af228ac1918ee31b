import { gaussianFlatNetwork } from '../random/gaussian-network.js';
import type { ReproduceOptions, TrialResults } from './options.js';
import { allPositive, engineCosines, gapMean } from './pair-cosines.js';

/** Trials [from, to) of a run, on this thread; onTrial is called after each. */
export function runTrials(o: ReproduceOptions, from: number, to: number, onTrial: () => void = () => {}): TrialResults {
  const L = o.setup.depth;
  const cosines = engineCosines(o.kernel);
  const gapMeans: number[][] = [];
  const positive: boolean[] = [];
  const size = (L + 1) ** 2;
  const cos = new Float64Array((to - from) * size);
  for (let t = from; t < to; t++) {
    const table = cosines(gaussianFlatNetwork(o.seed + t, o.setup));
    gapMeans.push(Array.from({ length: L - 1 }, (_, g) => gapMean(table, g + 1)));
    positive.push(allPositive(table));
    cos.set(table.cos, (t - from) * size);
    onTrial();
  }
  return { gapMeans, allPositive: positive, cos };
}
