import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ACTIVATIONS, isActivationName } from '../activation.js';
import { InputError } from '../io/input-error.js';
import { gapPlot } from '../plot/gap-plot.js';
import { heatmap } from '../plot/heatmap.js';
import { NOTE_FIGURES, NOTE_SETUP } from '../reproduce/note-setup.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { defaultWorkers, runParallel } from '../reproduce/parallel.js';
import { type ReproduceSummary, summarize } from '../reproduce/summary.js';
import { readShardJob, SHARD_OPTIONS } from '../shard/options.js';
import { shardCommand } from '../shard/run.js';
import { numberOption } from './args.js';
import type { Command } from './main.js';
import { progressBar } from './progress.js';

export const DEFAULT_SEED = 2018;

export function describeSetup(s: ReproduceOptions['setup']): string {
  return `${s.depth} layers × width ${s.width}, batch ${s.batch}, ${s.activation}, g = ${Number(s.initScale.toFixed(3))}, σ = ${s.targetScale}`;
}

/** The defaults readOptions falls back on: reproduce's are the note's setup and 200 trials. */
export interface SetupDefaults {
  readonly setup: ReproduceOptions['setup'];
  readonly trials: number;
}

/** Reads the setup options shared by reproduce and bench (all optional). @throws InputError */
export function readOptions(
  values: Record<string, string | boolean | undefined>, defaults: SetupDefaults = { setup: NOTE_SETUP, trials: 200 },
): ReproduceOptions & { workers: number } {
  const str = (k: string) => values[k] as string | undefined;
  const d = defaults.setup;
  const activation = str('activation') ?? d.activation;
  if (!isActivationName(activation)) throw new InputError(`--activation is "${activation}"; expected one of ${ACTIVATIONS.join(', ')}`);
  return {
    setup: {
      depth: numberOption('layers', str('layers'), d.depth, { integer: true, min: 2, max: 1000 }),
      width: numberOption('width', str('width'), d.width, { integer: true, min: 1, max: 10000 }),
      batch: numberOption('batch', str('batch'), d.batch, { integer: true, min: 1, max: 100000 }),
      activation,
      initScale: numberOption('init-scale', str('init-scale'), d.initScale, { above: 0 }),
      targetScale: numberOption('target-scale', str('target-scale'), d.targetScale, { min: 0 }),
    },
    trials: numberOption('trials', str('trials'), defaults.trials, { integer: true, min: 2 }),
    seed: numberOption('seed', str('seed'), DEFAULT_SEED, { integer: true }),
    workers: numberOption('workers', str('workers'), defaultWorkers(), { integer: true, min: 1, max: 256 }),
  };
}

export const SETUP_OPTIONS = {
  layers: { type: 'string' }, width: { type: 'string' }, batch: { type: 'string' }, activation: { type: 'string' },
  'target-scale': { type: 'string' }, 'init-scale': { type: 'string' }, trials: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' },
} as const;

/** Runs the trials with a progress bar, then summarizes. */
export async function reproduce(o: ReproduceOptions, workers: number): Promise<ReproduceSummary> {
  const bar = progressBar(o.trials, 'reproduce');
  const start = performance.now();
  const results = await runParallel(o, workers, (done) => bar.update(done));
  bar.end();
  return summarize(o, results, (performance.now() - start) / 1000);
}

function table(s: ReproduceSummary): string {
  const note = (gap: number) => (gap === 1 ? NOTE_FIGURES.gap1.toFixed(2) : gap === 19 ? NOTE_FIGURES.gap19.toFixed(2) : '');
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const P = (s.setup.depth * (s.setup.depth - 1)) / 2;
  return [
    `${describeSetup(s.setup)}; ${s.trials} trials (seed ${s.seed}), ${s.seconds.toFixed(1)} s`,
    `gap  mean cos  ${Math.round(s.confidence * 100)}% CI           note`,
    ...s.gaps.map((g) => `${String(g.gap).padStart(3)}  ${g.meanCos.toFixed(3).padStart(8)}  [${g.lo.toFixed(3)}, ${g.hi.toFixed(3)}]  ${note(g.gap)}`),
    `all ${P} pairs positive in ${pct(s.allPositiveRate)} of trials (Clopper–Pearson ${Math.round(s.confidence * 100)}%: [${pct(s.allPositiveInterval.lo)}, ${pct(s.allPositiveInterval.hi)}]); the note: "almost always"`,
  ].join('\n');
}

/** Writes gap-cosine.svg and heatmap.svg into dir; returns their paths. */
export function writePlots(s: ReproduceSummary, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const marks = [
    { gap: 1, value: NOTE_FIGURES.gap1, label: `note: ${NOTE_FIGURES.gap1}` },
    { gap: 19, value: NOTE_FIGURES.gap19, label: `note: ${NOTE_FIGURES.gap19}` },
  ].filter((m) => m.gap < s.setup.depth);
  const title = `${describeSetup(s.setup)}; ${s.trials} trials`;
  const files = { 'gap-cosine.svg': gapPlot(s.gaps, { title, marks, band: `${Math.round(s.confidence * 100)}% CI` }), 'heatmap.svg': heatmap(s.meanCos, `mean S(∂l_i/∂W_i, ∂l_j/∂W_i): ${title}`) };
  return Object.entries(files).map(([name, svg]) => (writeFileSync(join(dir, name), svg), join(dir, name)));
}

/** Prints a summary as reproduce does (also for merge): the table, or JSON with --json; --out DIR writes the plots. */
export function printSummary(s: ReproduceSummary, values: { json?: boolean; out?: string }): void {
  if (values.json) {
    const { gaps, allPositiveRate, trials, seconds, setup, seed, confidence, allPositiveInterval } = s;
    process.stdout.write(`${JSON.stringify({ gaps, allPositiveRate, trials, seconds, setup, seed, confidence, allPositiveInterval, note: NOTE_FIGURES }, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(s)}\n`);
  }
  if (values.out) for (const path of writePlots(s, values.out)) process.stderr.write(`wrote ${path}\n`);
}

export const reproduceCommand: Command = {
  summary: 'reproduce [--layers 20] [--width W] [--batch N] [--trials T] [--activation A] [--target-scale σ] [--init-scale g] [--seed S] [--workers K] [--json] [--out DIR] [--shard I/N [--shard-out FILE]]',
  async run(args) {
    const { values } = parseArgs({ args, options: { ...SETUP_OPTIONS, ...SHARD_OPTIONS, json: { type: 'boolean' }, out: { type: 'string' } } });
    const o = readOptions(values);
    const job = readShardJob(values, 'reproduce', [o]);
    if (job) return shardCommand(job, o.workers);
    printSummary(await reproduce(o, o.workers), values);
  },
};
