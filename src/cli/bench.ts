import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ACTIVATIONS } from '../activation.js';
import { END_TO_END_RUNS, timeComputeOnly, timeEndToEnd, wasmGemmRate } from '../engine/bench-runs.js';
import { trialFlops } from '../engine/trial.js';
import { gemmVariant } from '../engine/wasm/gemm.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { type OptionTable, optionHelp, parseCommandLine } from './args.js';
import type { Command } from './main.js';
import { checkResources, readOptions, SETUP_OPTIONS, trialsOption } from './setup-options.js';

const G = 1e9;

const { layers, width, batch, workers } = SETUP_OPTIONS;
const OPTIONS: OptionTable = {
  ...trialsOption(40, 1000), layers: layers!, width: width!, batch: batch!, workers: workers!,
  'no-numpy': { type: 'boolean', doc: 'skip the numpy comparison' }, json: { type: 'boolean', doc: 'print { rows: [{ name, trialsPerSecond, gmaddsPerSecond, computeOnly }] }' },
};

/** What npm run bench times: the L = 20, W = 100, N = 100. */
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

/**
 * numpy on the same algorithm, if a python3 with numpy is on this machine (Debian's /usr/bin/python3
 * first), with OpenBLAS on `threads` threads (0: its default, every core).
 */
function numpy(o: ReproduceOptions, threads = 0): { best: number; endToEnd: number; python: string } | string {
  const script = fileURLToPath(new URL('../../src/engine/numpy_reference.py', import.meta.url));
  const { depth, width, batch, activation } = o.setup;
  const env = threads ? { ...process.env, OPENBLAS_NUM_THREADS: String(threads), OMP_NUM_THREADS: String(threads) } : process.env;
  for (const python of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(python, [script, String(depth), String(width), String(batch), String(o.trials), activation], { encoding: 'utf8', env });
    if (r.status === 0) return { ...(JSON.parse(r.stdout) as { best: number; endToEnd: number }), python };
  }
  return 'no python3 with numpy found (Debian: apt-get install python3-numpy libopenblas0-pthread)';
}

/** Every engine configuration end to end and compute only, the wasm gemm ceiling, then numpy. */
async function measure(o: ReproduceOptions, workers: number, withNumpy: boolean): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const flops = trialFlops(o.setup.depth, o.setup.width, o.setup.batch);
  const rows: BenchRow[] = [];
  const row = (name: string, secs: number, computeOnly: boolean) =>
    rows.push({ name, trialsPerSecond: o.trials / secs, gmaddsPerSecond: (flops * o.trials) / secs / G, computeOnly });
  for (const kernel of ['js', 'wasm'] as const) {
    const label = kernel === 'js' ? 'engine (js kernels)' : 'engine (wasm SIMD)';
    const k = { ...o, kernel, trials: kernel === 'js' ? Math.max(2, Math.ceil(o.trials / 4)) : o.trials }; // js: ~4× slower
    const per = (secs: number) => (secs * o.trials) / k.trials; // seconds for o.trials trials
    row(`${label}, 1 thread`, per(await timeEndToEnd(k, 1)), false);
    row(`${label}, 1 thread`, per(timeComputeOnly(k)), true);
  }
  // the other activations, compute only: how much of the gap to the ceiling is h (tanh)
  for (const activation of ACTIVATIONS.filter((a) => a !== o.setup.activation)) {
    row(`engine (wasm SIMD), 1 thread, ${activation}`, timeComputeOnly({ ...o, kernel: 'wasm', setup: { ...o.setup, activation } }), true);
  }
  if (workers > 1) row(`engine (wasm SIMD), ${workers} workers`, await timeEndToEnd({ ...o, kernel: 'wasm' }, workers), false);
  const ceiling = wasmGemmRate(o.setup.depth, o.setup.width, o.setup.batch, o.trials);
  rows.push({ name: 'wasm SIMD gemm alone (ceiling), 1 thread', trialsPerSecond: ceiling / flops, gmaddsPerSecond: ceiling / G, computeOnly: true });
  const notes: string[] = [];
  const np = withNumpy ? numpy(o) : 'skipped (--no-numpy)';
  if (typeof np === 'string') notes.push(`numpy: ${np}`);
  else {
    row(`numpy + OpenBLAS (${np.python})`, np.endToEnd, false);
    row(`numpy + OpenBLAS (${np.python})`, np.best * o.trials, true);
    const one = numpy(o, 1);
    if (typeof one !== 'string') row(`numpy + OpenBLAS, 1 BLAS thread`, one.best * o.trials, true);
  }
  return { rows, notes };
}

/** Ratios the issue asks about, from the rows. */
export function ratios(rows: readonly BenchRow[], workers: number, activation: string): string[] {
  const find = (prefix: string, computeOnly: boolean) => rows.find((r) => r.name.startsWith(prefix) && r.computeOnly === computeOnly)?.trialsPerSecond;
  const [one, many, alone, ceiling, np, np1] = [find('engine (wasm SIMD), 1 thread', false), find(`engine (wasm SIMD), ${workers} workers`, false), find('engine (wasm SIMD), 1 thread', true), find('wasm SIMD gemm', true), find('numpy + OpenBLAS (', true), find('numpy + OpenBLAS, 1 BLAS', true)];
  const out: string[] = [];
  if (one && many) out.push(`${workers} workers ÷ 1 thread, end to end: ${(many / one).toFixed(2)}×`);
  const prefix = 'engine (wasm SIMD), 1 thread';
  for (const r of ceiling ? rows.filter((x) => x.name.startsWith(prefix) && x.computeOnly) : []) {
    out.push(`engine compute only, 1 thread, ${r.name.slice(prefix.length + 2) || activation} ÷ gemm ceiling: ${(r.trialsPerSecond / ceiling!).toFixed(2)}`);
  }
  const npBest = Math.max(np ?? 0, np1 ?? 0); // the faster numpy: its default threads or one BLAS thread
  if (many && npBest) out.push(`${workers} workers end to end ÷ numpy compute only (its faster configuration): ${(many / npBest).toFixed(2)}×`);
  if (alone && np1) out.push(`1 thread, compute only, engine ÷ numpy on 1 BLAS thread: ${(alone / np1).toFixed(2)}×`);
  return out;
}

export const benchCommand: Command = {
  summary: 'bench [--trials T] [--layers 20] [--width 100] [--batch 100] [--workers K] [--no-numpy] [--json]',
  help: [
    'Times the all-pairs engine (tanh, σ = 0.25, g = 1), end to end and compute only, for each configuration, beside the wasm gemm ceiling and numpy if installed; defaults L = 20, W = 100, N = 100.',
    ...optionHelp(OPTIONS),
  ],
  async run(args) {
    const { values } = parseCommandLine(args, OPTIONS);
    const { workers, ...o } = readOptions(values, { setup: BENCH_SETUP, trials: 40 }, OPTIONS);
    checkResources(o, workers, o.trials);
    const { rows, notes } = await measure(o, workers, !values['no-numpy']);
    if (values.json) return void process.stdout.write(`${JSON.stringify({ rows }, null, 2)}\n`);
    const { depth: L, width: W, batch: N, activation } = o.setup;
    const flops = trialFlops(L, W, N);
    const line = (r: BenchRow) =>
      `${r.name.padEnd(44)} ${r.trialsPerSecond.toFixed(2).padStart(8)} trials/s ${r.gmaddsPerSecond.toFixed(2).padStart(7)} G multiply-adds/s  ${r.computeOnly ? 'compute only' : 'end to end'}`;
    const machine = `${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, wasm gemm: ${gemmVariant()} build, load average ${loadavg()[0]!.toFixed(1)} at the start`;
    process.stdout.write([
      `${machine}; L = ${L}, W = ${W}, N = ${N}, ${activation}; ${o.trials} trials; ${(flops / G).toFixed(3)} G multiply-adds per trial (trialFlops)`,
      `end to end: all trials, network generation included, the fastest of ${END_TO_END_RUNS} runs after a warm-up run on the same threads (worker threads started once); compute only: networks generated beforehand, at the fastest trial's pace (the least disturbed by other processes); the ceiling likewise, in bursts of one trial's multiply-adds`,
      ...rows.map(line), ...notes, ...ratios(rows, workers, activation),
    ].join('\n') + '\n');
  },
};
