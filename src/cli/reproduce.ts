import { describeSetup } from '../reproduce/describe-setup.js';
import { NOTE_FIGURES } from '../reproduce/note-setup.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { runParallel } from '../reproduce/parallel.js';
import { type GapRow, type ReproduceSummary, summarize } from '../reproduce/summary.js';
import { type TheoryRow, theoryRows } from '../theory/predict.js';
import { type OptionTable, optionHelp, parseCommandLine } from './args.js';
import type { Command } from './main.js';
import { prepareOutDir } from './out-dir.js';
import { writePlots } from './plots.js';
import { progressBar } from './progress.js';
import { checkResources, readOptions, SETUP_OPTIONS, trialsOption } from './setup-options.js';
import { readShardJob, SHARD_OPTIONS } from '../shard/options.js';
import { shardCommand } from '../shard/run.js';

export { DEFAULT_SEED, readOptions, SETUP_OPTIONS } from './setup-options.js';
export { writePlots } from './plots.js';
export { describeSetup } from '../reproduce/describe-setup.js';

/** Runs the trials with a progress bar, then summarizes. */
export async function reproduce(o: ReproduceOptions, workers: number): Promise<ReproduceSummary> {
  const bar = progressBar(o.trials, 'reproduce');
  const start = performance.now();
  try {
    return summarize(o, await runParallel(o, workers, (done) => bar.update(done)), (performance.now() - start) / 1000);
  } finally {
    bar.end();
  }
}

const num = (x: number | null, digits = 3) => (x === null ? '—' : x.toFixed(digits));

function row(g: GapRow, theory?: readonly TheoryRow[]): string {
  const note = g.gap === 1 ? NOTE_FIGURES.gap1.toFixed(2) : g.gap === 19 ? NOTE_FIGURES.gap19.toFixed(2) : '';
  const ci = g.lo === null ? '—'.padEnd(16) : `[${num(g.lo)}, ${num(g.hi)}]`;
  const predicted = theory ? `  ${num(theory[g.gap - 1]!.meanCos).padStart(6)}` : '';
  const undef = g.undefinedCells > 0 ? `  ${g.undefinedCells} undefined` : '';
  return `${String(g.gap).padStart(3)}  ${num(g.meanCos).padStart(8)}  ${ci}${predicted}  ${note.padEnd(4)}${undef}`.trimEnd();
}

function table(s: ReproduceSummary, theory?: readonly TheoryRow[]): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const P = (s.setup.depth * (s.setup.depth - 1)) / 2;
  const c = Math.round(s.confidence * 100);
  const undef = s.trialsWithUndefined > 0
    ? [`— undefined: a cosine with a zero gradient norm is undefined; ${s.trialsWithUndefined} of ${s.trials} trials had one. Such cells are counted, never averaged.`]
    : [];
  return [
    `${describeSetup(s.setup, s.init)}; ${s.trials} trials (seed ${s.seed}), ${s.seconds.toFixed(1)} s`,
    `gap  mean cos  ${c}% CI          ${theory ? '  theory' : ''}  note`,
    ...s.gaps.map((g) => row(g, theory)),
    `all ${P} pairs positive in ${pct(s.allPositiveRate)} of trials (Clopper–Pearson ${c}%: [${pct(s.allPositiveInterval.lo)}, ${pct(s.allPositiveInterval.hi)}]); the note: "almost always"`,
    ...undef,
  ].join('\n');
}

/** The JSON reproduce prints: no NaN or Infinity; null only with a reason beside it; `theory` only where src/theory predicts. */
export function summaryJson(s: ReproduceSummary, theory?: readonly TheoryRow[]): unknown {
  const { gaps, allPositiveRate, allPositiveInterval, trialsWithUndefined, trials, seconds, setup, init, seed, confidence } = s;
  return { gaps, ...(theory ? { theory } : {}), allPositiveRate, allPositiveInterval, trialsWithUndefined, trials, seconds, setup, initScale: setup.initScale, init, seed, confidence, note: NOTE_FIGURES };
}

/** Prints a summary as reproduce does (also for merge): the table (with a theory column where src/theory predicts), or JSON; --out DIR writes the plots. */
export function printSummary(s: ReproduceSummary, values: { json?: boolean; out?: string }): void {
  const theory = theoryRows(s.setup);
  process.stdout.write(`${values.json ? JSON.stringify(summaryJson(s, theory), null, 2) : table(s, theory)}\n`);
  if (values.out !== undefined) for (const path of writePlots(s, values.out, theory)) process.stderr.write(`wrote ${path}\n`);
}

const OPTIONS: OptionTable = {
  ...SETUP_OPTIONS,
  ...trialsOption(200, 1e7),
  json: { type: 'boolean', doc: 'print JSON' },
  out: { type: 'string', value: 'DIR', doc: 'write gap-cosine.svg and heatmap.svg into DIR' },
  ...SHARD_OPTIONS,
};

export const reproduceCommand: Command = {
  summary: 'reproduce [--layers L] [--width W] [--batch N] [--trials T] [--activation A] [--init-scale g] [--target-scale σ] [--seed S] [--workers K] [--json] [--out DIR] [--shard I/N [--shard-out FILE]]',
  help: ['The mean cosine per gap j − i over random networks (defaults: the note\'s setup, NOTE_SETUP: 20 layers × width 50, batch 10, relu, σ = 1).', ...optionHelp(OPTIONS)],
  async run(args) {
    const { values } = parseCommandLine(args, OPTIONS);
    const { workers, ...o } = readOptions(values);
    checkResources(o, workers);
    const job = readShardJob(values, 'reproduce', [o]);
    if (job) return shardCommand(job, workers);
    const out = values.out as string | undefined;
    if (out !== undefined) prepareOutDir(out);
    printSummary(await reproduce(o, workers), { json: values.json as boolean | undefined, out });
  },
};
