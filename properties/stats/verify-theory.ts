/**
 * npm run verify:theory [-- --trials T] [--acceptance]: measures reproduce's setups against
 * src/theory where it predicts, prints measured / predicted at gaps 1, 5, 10, 19 and the largest
 * difference over all gaps, and writes proofs/figures/theory-vs-measured.svg (linear, W = 50,
 * σ ∈ {0, 0.5, 1} × N ∈ {1, 10}). --acceptance adds the one-sample linear nets at W = 200.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { progressBar } from '../../src/cli/progress.js';
import { theoryPlot } from '../../src/plot/theory-plot.js';
import { defaultWorkers, runParallel } from '../../src/reproduce/parallel.js';
import { summarize } from '../../src/reproduce/summary.js';
import { theoryCurve } from '../../src/theory/predict.js';
import type { TheorySetup } from '../../src/theory/setup.js';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '300' }, acceptance: { type: 'boolean' } } });
const trials = Number(values.trials);
const linear = (width: number, batch: number, targetScale: number): TheorySetup =>
  ({ depth: 20, width, batch, activation: 'linear', initScale: 1, targetScale });
const figure = [0, 0.5, 1].flatMap((s) => [linear(50, 1, s), linear(50, 10, s)]);
const others: TheorySetup[] = [
  { ...linear(50, 1, 1), activation: 'relu', initScale: Math.SQRT2 },
  { ...linear(50, 1, 0.5), activation: 'relu', initScale: Math.SQRT2 },
  linear(20, 10, 0.5), linear(20, 10, 1), linear(50, 10, 0.25),
  ...(values.acceptance ? [0, 0.5, 1].map((s) => linear(200, 1, s)) : []),
];
const series = [];
const setups = [...figure, ...others];
// by setups, not trials: each also computes its theory (1–2 s), which trials do not measure
const progress = progressBar(setups.length, 'verify:theory', { unit: ['setup', 'setups'] });
for (const [k, setup] of setups.entries()) {
  const theory = theoryCurve(setup)!;
  const s = summarize({ setup, trials, seed: 2018 }, await runParallel({ setup, trials, seed: 2018 }, defaultWorkers(), () => {}), 0);
  const at = (g: number) => `${s.gaps[g - 1]!.meanCos?.toFixed(3) ?? '—'}/${theory.meanCos[g - 1]!.toFixed(3)}`;
  const worst = Math.max(...s.gaps.map((r, g) => (r.meanCos === null ? 0 : Math.abs(r.meanCos - theory.meanCos[g]!))));
  const name = `${setup.activation} W=${setup.width} N=${setup.batch} g=${+setup.initScale.toFixed(3)} σ=${setup.targetScale}`;
  process.stdout.write(`${name.padEnd(36)} gaps 1, 5, 10, 19 measured/theory: ${[1, 5, 10, 19].map(at).join('  ')}  max |diff| ${worst.toFixed(3)}  (${theory.method})\n`);
  progress.update(k + 1);
  if (figure.includes(setup)) series.push({ label: `σ = ${setup.targetScale}, N = ${setup.batch}`, measured: s.gaps.flatMap((r) => (r.meanCos === null || r.lo === null || r.hi === null ? [] : [{ gap: r.gap, meanCos: r.meanCos, lo: r.lo, hi: r.hi }])), predicted: theory.meanCos });
}
progress.end();
const path = 'proofs/figures/theory-vs-measured.svg';
writeFileSync(path, theoryPlot(series, `20-layer linear nets, W = 50, g = 1: measured (${trials} nets) vs theory`));
process.stdout.write(`wrote ${path}\n`);
