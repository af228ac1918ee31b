import { availableParallelism, cpus, loadavg } from 'node:os';
import { ACTIVATIONS } from '../activation.js';
import { END_TO_END_RUNS, timeComputeOnly, timeEndToEnd, wasmGemmRate } from '../engine/bench-runs.js';
import { trialFlops } from '../engine/trial.js';
import { type GemmVariant, gemmVariant } from '../engine/wasm/gemm.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { type OptionTable, optionHelp, parseCommandLine, readNumber } from './args.js';
import { numpy, OPENBLAS_PINS, timeReproduce, timeStartUp } from './bench-peers.js';
import type { Command } from './main.js';
import { checkResources, readOptions, SETUP_OPTIONS, trialsOption } from './setup-options.js';

const G = 1e9;

const { layers, width, batch, workers } = SETUP_OPTIONS;
const OPTIONS: OptionTable = {
  ...trialsOption(40, 1000), layers: layers!, width: width!, batch: batch!, workers: workers!,
  'command-trials': { type: 'string', value: 'R', doc: 'trials of the timed `reproduce` command, start-up included (default 600)', range: { integer: true, min: 2, max: 100000 } },
  'no-numpy': { type: 'boolean', doc: 'skip the numpy comparison' }, json: { type: 'boolean', doc: 'print { rows: [{ name, trialsPerSecond, gmaddsPerSecond, computeOnly }], notes }' },
};

/** What npm run bench times: the issue's L = 20, W = 100, N = 100. */
const BENCH_SETUP = { depth: 20, width: 100, batch: 100, activation: 'tanh', initScale: 1, targetScale: 0.25 } as const;

/** One figure of `bench --json`. */
export interface BenchRow {
  readonly name: string;
  readonly trialsPerSecond: number;
  /** Billions of multiply-adds per second (trialFlops per trial). */
  readonly gmaddsPerSecond: number;
  /** Timed without network generation or worker start-up. */
  readonly computeOnly: boolean;
}

/** How a row names a gemm build. */
export const buildLabel = (v: GemmVariant): string => (v === 'native' ? 'native gemm' : `wasm SIMD ${v}`);

/** The engine's rows: js and the default gemm build on one thread, the other activations, the workers, the wasm build beside a native one, the ceilings. */
async function engineRows(o: ReproduceOptions, workers: number, row: (name: string, secs: number, computeOnly: boolean) => void, rows: BenchRow[]): Promise<void> {
  const [gemm, flops] = [gemmVariant(), trialFlops(o.setup.depth, o.setup.width, o.setup.batch)];
  for (const kernel of ['js', 'wasm'] as const) {
    const label = kernel === 'js' ? 'engine (js kernels)' : `engine (${buildLabel(gemm)})`;
    const k = { ...o, kernel, trials: kernel === 'js' ? Math.max(2, Math.ceil(o.trials / 4)) : o.trials }; // js: ~4× slower
    const per = (secs: number) => (secs * o.trials) / k.trials; // seconds for o.trials trials
    row(`${label}, 1 thread`, per(await timeEndToEnd(k, 1)), false);
    row(`${label}, 1 thread`, per(timeComputeOnly(k)), true);
  }
  // the other activations, compute only: how much of the gap to the ceiling is h (tanh)
  for (const activation of ACTIVATIONS.filter((a) => a !== o.setup.activation)) {
    row(`engine (${buildLabel(gemm)}), 1 thread, ${activation}`, timeComputeOnly({ ...o, kernel: 'wasm', setup: { ...o.setup, activation } }), true);
  }
  if (gemm === 'native') row(`engine (${buildLabel('fma')}), 1 thread`, timeComputeOnly({ ...o, kernel: 'wasm' }, 'fma'), true);
  if (workers > 1) row(`engine (${buildLabel(gemm)}), ${workers} workers`, await timeEndToEnd({ ...o, kernel: 'wasm' }, workers), false);
  for (const v of gemm === 'native' ? (['fma', 'native'] as const) : [gemm]) {
    const ceiling = wasmGemmRate(o.setup.depth, o.setup.width, o.setup.batch, o.trials, v);
    rows.push({ name: `${buildLabel(v)} gemm alone (ceiling), 1 thread`.replace('gemm gemm', 'gemm'), trialsPerSecond: ceiling / flops, gmaddsPerSecond: ceiling / G, computeOnly: true });
  }
}

/** Every engine configuration, the reproduce command itself, then numpy; notes say what each peer ran on. */
async function measure(o: ReproduceOptions, workers: number, commandTrials: number, withNumpy: boolean): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const flops = trialFlops(o.setup.depth, o.setup.width, o.setup.batch);
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const row = (name: string, secs: number, computeOnly: boolean, trials = o.trials) =>
    rows.push({ name, trialsPerSecond: trials / secs, gmaddsPerSecond: (flops * trials) / secs / G, computeOnly });
  await engineRows(o, workers, row, rows);
  const command = timeReproduce(o, commandTrials, workers);
  row(`reproduce command, ${command.run.workers} workers, ${commandTrials} trials`, command.seconds, false, commandTrials);
  const { reproduce2, node } = timeStartUp(o, workers);
  notes.push(`reproduce command: ${command.seconds.toFixed(2)} s wall from here (its own clock: ${command.run.seconds.toFixed(2)} s), ${command.run.cpuSeconds.toFixed(2)} s CPU = ${command.run.coresBusy.toFixed(2)} cores busy, gemm: ${command.run.gemm}`);
  notes.push(`start-up: reproduce --trials 2 ${reproduce2.toFixed(3)} s = ${(reproduce2 / node).toFixed(1)} × node -e 0 (${node.toFixed(3)} s), fastest of 3 each`);
  const np = withNumpy ? numpy(o) : 'skipped (--no-numpy)';
  if (typeof np === 'string') notes.push(`numpy: ${np}`);
  else {
    row(`numpy + OpenBLAS (${np.python})`, np.endToEnd, false);
    row(`numpy + OpenBLAS (${np.python})`, np.best * o.trials, true);
    const one = numpy(o, 1);
    if (typeof one !== 'string') row('numpy + OpenBLAS, 1 BLAS thread', one.best * o.trials, true);
    const kernel = (r: typeof np) => `${r.blas.corename ?? 'unknown'} on ${r.blas.threads ?? '?'} thread(s) (${r.blas.via})`;
    notes.push(`numpy: OpenBLAS chose ${kernel(np)}${typeof one === 'string' ? '' : `; 1 BLAS thread: ${kernel(one)}`}; run with ${OPENBLAS_PINS.join(' and ')} unset`);
  }
  return { rows, notes };
}

/** Ratios the issue asks about, from the rows: `engine` is the default build's label (buildLabel). */
export function ratios(rows: readonly BenchRow[], workers: number, activation: string, engine = buildLabel('fma')): string[] {
  const find = (prefix: string, computeOnly: boolean) => rows.find((r) => r.name.startsWith(prefix) && r.computeOnly === computeOnly)?.trialsPerSecond;
  const prefix = `engine (${engine}), 1 thread`;
  const [one, many, alone, np, np1, command] = [find(prefix, false), find(`engine (${engine}), ${workers} workers`, false), find(prefix, true), find('numpy + OpenBLAS (', true), find('numpy + OpenBLAS, 1 BLAS', true), find('reproduce command', false)];
  const ceiling = find(`${engine.replace(/ gemm$/, '')} gemm alone`, true);
  const out: string[] = [];
  if (one && many) out.push(`${workers} workers ÷ 1 thread, end to end: ${(many / one).toFixed(2)}×`);
  for (const r of ceiling ? rows.filter((x) => x.name.startsWith(prefix) && x.computeOnly) : []) {
    out.push(`engine compute only, 1 thread, ${r.name.slice(prefix.length + 2) || activation} ÷ gemm ceiling: ${(r.trialsPerSecond / ceiling!).toFixed(2)}`);
  }
  const npBest = Math.max(np ?? 0, np1 ?? 0); // the faster numpy: its default threads or one BLAS thread
  if (many && npBest) out.push(`${workers} workers end to end ÷ numpy compute only (its faster configuration): ${(many / npBest).toFixed(2)}×`);
  if (alone && np1) out.push(`1 thread, compute only, engine ÷ numpy on 1 BLAS thread: ${(alone / np1).toFixed(2)}×`);
  if (command && npBest) out.push(`reproduce command's time, start-up included ÷ numpy's at its best (compute only, its faster configuration), same trials: ${(npBest / command).toFixed(2)} (≤ 1: the command is faster)`);
  return out;
}

export const benchCommand: Command = {
  summary: 'bench [--trials T] [--layers 20] [--width 100] [--batch 100] [--workers K] [--command-trials R] [--no-numpy] [--json]',
  help: [
    'Times the all-pairs engine (tanh, σ = 0.25, g = 1), end to end and compute only, for each configuration, beside the gemm ceilings, the `reproduce` command itself (R trials, start-up included) and numpy if installed (OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for it); defaults L = 20, W = 100, N = 100.',
    ...optionHelp(OPTIONS),
  ],
  async run(args) {
    const { values } = parseCommandLine(args, OPTIONS);
    const { workers, ...o } = readOptions(values, { setup: BENCH_SETUP, trials: 40 }, OPTIONS);
    const commandTrials = readNumber(OPTIONS, values, 'command-trials', 600);
    checkResources(o, workers, Math.max(o.trials, commandTrials));
    const { rows, notes } = await measure(o, workers, commandTrials, !values['no-numpy']);
    if (values.json) return void process.stdout.write(`${JSON.stringify({ rows, notes }, null, 2)}\n`);
    const { depth: L, width: W, batch: N, activation } = o.setup;
    const flops = trialFlops(L, W, N);
    const line = (r: BenchRow) =>
      `${r.name.padEnd(48)} ${r.trialsPerSecond.toFixed(2).padStart(8)} trials/s ${r.gmaddsPerSecond.toFixed(2).padStart(7)} G multiply-adds/s  ${r.computeOnly ? 'compute only' : 'end to end'}`;
    const machine = `${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, gemm: ${buildLabel(gemmVariant())}, load average ${loadavg()[0]!.toFixed(1)} at the start`;
    process.stdout.write([
      `${machine}; L = ${L}, W = ${W}, N = ${N}, ${activation}; ${o.trials} trials; ${(flops / G).toFixed(3)} G multiply-adds per trial (trialFlops)`,
      `end to end: all trials, network generation included, the fastest of ${END_TO_END_RUNS} runs after a warm-up run on the same threads (worker threads started once); the reproduce command: one run as a user runs it, timed from its start; compute only: networks generated beforehand, at the fastest trial's pace (the least disturbed by other processes); the ceilings likewise, in bursts of one trial's multiply-adds`,
      ...rows.map(line), ...notes, ...ratios(rows, workers, activation, buildLabel(gemmVariant())),
    ].join('\n') + '\n');
  },
};
