/**
 * npm run verify:theory [-- --trials T] [--acceptance] [--out DIR]: measures reproduce's setups against
 * src/theory (every activation and batch), prints measured / predicted at gaps 1, 5, 10, 19 and the
 * largest difference over all gaps, and writes two figures into DIR (default verify-theory-out/, not
 * tracked): theory-vs-measured.svg (linear, W = 50, σ ∈ {0, 0.5, 1} × N ∈ {1, 10}; the README's copy is
 * proofs/figures/) and theory-vs-measured-nonlinear.svg (tanh and ReLU, W = 50, one sample and batches).
 * --acceptance adds the one-sample linear nets at W = 200.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { progressBar } from '../../src/cli/progress.js';
import { theoryPlot, type TheorySeries } from '../../src/plot/theory-plot.js';
import { defaultWorkers, runParallel } from '../../src/reproduce/parallel.js';
import { summarize } from '../../src/reproduce/summary.js';
import { theoryCurve } from '../../src/theory/predict.js';
import type { TheorySetup } from '../../src/theory/setup.js';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '300' }, acceptance: { type: 'boolean' }, out: { type: 'string', default: 'verify-theory-out' } } });
const trials = Number(values.trials);
const linear = (width: number, batch: number, targetScale: number): TheorySetup =>
  ({ depth: 20, width, batch, activation: 'linear', initScale: 1, targetScale });
const tanh = (batch: number, targetScale: number, initScale = 1): TheorySetup => ({ ...linear(50, batch, targetScale), activation: 'tanh', initScale });
const relu = (batch: number, targetScale: number): TheorySetup => ({ ...linear(50, batch, targetScale), activation: 'relu', initScale: Math.SQRT2 });
const linearFigure = [0, 0.5, 1].flatMap((s) => [linear(50, 1, s), linear(50, 10, s)]);
const nonlinearFigure = [tanh(1, 0.25), tanh(10, 0.25), tanh(10, 1), tanh(10, 0.5, 1.5), relu(1, 1), relu(4, 1), relu(10, 1), relu(10, 0.5)];
const others: TheorySetup[] = [
  linear(20, 10, 0.5), linear(20, 10, 1), linear(50, 10, 0.25), tanh(1, 1),
  ...(values.acceptance ? [0, 0.5, 1].map((s) => linear(200, 1, s)) : []),
];
const label = (s: TheorySetup) => `${s.activation}${s.initScale === 1 || s.activation === 'relu' ? '' : ` g = ${s.initScale}`}, σ = ${s.targetScale}, N = ${s.batch}`;
const [linearSeries, nonlinearSeries] = [[] as TheorySeries[], [] as TheorySeries[]];
const setups = [...linearFigure, ...nonlinearFigure, ...others];
// by setups, not trials: each also computes its theory (1–2 s), which trials do not measure
const progress = progressBar(setups.length, 'verify:theory', { unit: ['setup', 'setups'] });
for (const [k, setup] of setups.entries()) {
  const theory = theoryCurve(setup)!;
  const s = summarize({ setup, trials, seed: 2018 }, await runParallel({ setup, trials, seed: 2018 }, defaultWorkers(), () => {}), 0);
  const at = (g: number) => `${s.gaps[g - 1]!.meanCos?.toFixed(3) ?? '—'}/${theory.meanCos[g - 1]!.toFixed(3)}`;
  const worst = Math.max(...s.gaps.map((r, g) => (r.meanCos === null ? 0 : Math.abs(r.meanCos - theory.meanCos[g]!))));
  const name = `${setup.activation} W=${setup.width} N=${setup.batch} g=${+setup.initScale.toFixed(3)} σ=${setup.targetScale}`;
  process.stdout.write(`${name.padEnd(36)} gaps 1, 5, 10, 19 measured/theory: ${[1, 5, 10, 19].map(at).join('  ')}  max |diff| ${worst.toFixed(3)}  (${theory.method})\n`);
  const series = { label: label(setup), measured: s.gaps.flatMap((r) => (r.meanCos === null || r.lo === null || r.hi === null ? [] : [{ gap: r.gap, meanCos: r.meanCos, lo: r.lo, hi: r.hi }])), predicted: theory.meanCos };
  if (linearFigure.includes(setup)) linearSeries.push(series);
  if (nonlinearFigure.includes(setup)) nonlinearSeries.push(series);
  progress.update(k + 1);
}
progress.end();
mkdirSync(values.out, { recursive: true });
for (const [file, series, title] of [
  ['theory-vs-measured.svg', linearSeries, `20-layer linear nets, W = 50, g = 1: measured (${trials} nets) vs theory`],
  ['theory-vs-measured-nonlinear.svg', nonlinearSeries, `20-layer tanh and He-ReLU nets, W = 50: measured (${trials} nets) vs theory`],
] as const) {
  writeFileSync(join(values.out, file), theoryPlot(series, title));
  process.stdout.write(`wrote ${join(values.out, file)}\n`);
}
