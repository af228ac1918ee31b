import { availableParallelism } from 'node:os';
import { buildInfo } from '../build-info.js';
import { gemmVariant } from '../engine/wasm/gemm.js';
import { describeSetup } from '../reproduce/describe-setup.js';
import { NOTE_FIGURES } from '../reproduce/note-setup.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { runParallel, workersUsed } from '../reproduce/parallel.js';
import type { GapRow, ReproduceSummary } from '../reproduce/summary.js';
import { theoryOnItsThread } from '../reproduce/theory-thread.js';
import { type TheoryRow, theoryRows } from '../theory/predict.js';
import { type OptionTable, optionHelp, parseCommandLine } from './args.js';
import type { Command } from './main.js';
import { prepareOutDir } from '../io/out-dir.js';
import { PLOT_BYTES, writePlots } from './plots.js';
import { trialsProgress } from './trials-progress.js';
import { checkResources, readOptions, SETUP_OPTIONS, trialsOption } from './setup-options.js';
import { readShardJob, SHARD_OPTIONS } from '../shard/options.js';

export { DEFAULT_SEED, readOptions, SETUP_OPTIONS } from './setup-options.js';
export { writePlots } from './plots.js';
export { describeSetup } from '../reproduce/describe-setup.js';

/**
 * Runs the trials, then summarizes (its module, with the quantile functions, loads while they
 * run). `onTrial` follows the trials; by default, reproduce's own progress (src/cli/progress.ts).
 */
export async function reproduce(o: ReproduceOptions, workers: number, onTrial?: () => void): Promise<ReproduceSummary> {
  const bar = onTrial ? undefined : trialsProgress('reproduce', [o], workersUsed(o, workers));
  const start = performance.now();
  try {
    const [stats, { summarize }] = await Promise.all([runParallel(o, workers, onTrial ?? (() => bar!.tick())), import('../reproduce/summary.js')]);
    return summarize(o, stats, (performance.now() - start) / 1000);
  } finally {
    bar?.end();
  }
}

/** What a reproduce run cost, start-up included: `--json`'s "run". */
export interface RunCost {
  /** Seconds since this process started (performance.now(): Node's start-up, imports, trials, summary). */
  readonly seconds: number;
  readonly trialsPerSecond: number;
  /** Threads that ran trials (1: this thread), and this machine's cores. */
  readonly workers: number;
  readonly cores: number;
  /** User + system CPU seconds of every thread of this process, and that ÷ seconds: the cores kept busy. */
  readonly cpuSeconds: number;
  readonly coresBusy: number;
  /** The gemm build that ran (WHY_ALIGNMENT_GEMM; native where npm ci built it). */
  readonly gemm: string;
}

/** The run's cost so far: call once the output is ready. */
export function runCost(o: ReproduceOptions, workers: number): RunCost {
  const seconds = performance.now() / 1000;
  const { user, system } = process.cpuUsage();
  const cpuSeconds = (user + system) / 1e6;
  return { seconds, trialsPerSecond: o.trials / seconds, workers: workersUsed(o, workers), cores: availableParallelism(), cpuSeconds, coresBusy: cpuSeconds / seconds, gemm: gemmVariant() };
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

/**
 * The JSON reproduce prints: no NaN or Infinity; null only with a reason beside it; `theory` only where
 * src/theory predicts; `run` (reproduce, not merge): what the run cost, start-up included.
 */
export function summaryJson(s: ReproduceSummary, theory?: readonly TheoryRow[], run?: () => RunCost, build?: Record<string, string>): unknown {
  const { gaps, allPositiveRate, allPositiveInterval, trialsWithUndefined, trials, seconds, setup, init, seed, confidence } = s;
  const json = { gaps, ...(theory ? { theory } : {}), allPositiveRate, allPositiveInterval, trialsWithUndefined, trials, seconds, setup, initScale: setup.initScale, init, seed, confidence, note: NOTE_FIGURES, ...(build ? { build } : {}) };
  return run ? { ...json, run: run() } : json;
}

/**
 * Prints a summary as reproduce does (also for merge): the table (with a theory column where src/theory
 * predicts: `theory`, computed here unless given), or JSON; --out DIR writes the plots.
 */
export function printSummary(s: ReproduceSummary, values: { json?: boolean; out?: string; build?: Record<string, string> }, theory = theoryRows(s.setup), run?: () => RunCost): void {
  process.stdout.write(`${values.json ? JSON.stringify(summaryJson(s, theory, run, values.build), null, 2) : table(s, theory)}\n`);
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
    if (job) return (await import('../shard/run.js')).shardCommand(job, workers);
    const out = values.out as string | undefined;
    if (out !== undefined) prepareOutDir(out, PLOT_BYTES);
    const summary = reproduce(o, workers); // its workers start now,
    const theory = theoryOnItsThread(o.setup); // then the theory's thread beside them (it can cost a second)
    printSummary(await summary, { json: values.json as boolean | undefined, out, build: { ...buildInfo() } }, await theory(), () => runCost(o, workers));
  },
};
