import { trialFlops } from '../engine/trial.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { progressBar } from './progress.js';

/**
 * One progress (src/cli/progress.ts) over the trials of setups run one after another, `counts[k]`
 * trials of `runs[k]` (default: its --trials). Work is counted in multiply-adds (trialFlops), so
 * the estimate holds when the setups differ in cost (a sweep's widths and batches).
 */
export function trialsProgress(label: string, runs: readonly ReproduceOptions[], parallel: number, counts = runs.map((o) => o.trials)): { tick(): void; end(): void } {
  const flops = runs.map((o) => trialFlops(o.setup.depth, o.setup.width, o.setup.batch));
  const total = counts.reduce((a, b) => a + b, 0);
  const bar = progressBar(total, label, { work: counts.reduce((a, n, k) => a + n * flops[k]!, 0), parallel });
  let [done, work, k, endOfSetup] = [0, 0, 0, counts[0] ?? 0];
  return {
    tick() {
      while (done >= endOfSetup && k < runs.length - 1) endOfSetup += counts[++k]!;
      done += 1;
      work += flops[k]!;
      bar.update(done, work);
    },
    end: () => bar.end(),
  };
}
