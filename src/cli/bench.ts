import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { trialFlops } from '../engine/trial.js';
import { gaussianFlatNetwork } from '../random/gaussian-network.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { engineCosines } from '../reproduce/pair-cosines.js';
import { runParallel } from '../reproduce/parallel.js';
import { type OptionTable, optionHelp, parseCommandLine } from './args.js';
import type { Command } from './main.js';
import { checkResources, readOptions, SETUP_OPTIONS, trialsOption } from './setup-options.js';

const G = 1e9;

const { layers, width, batch, workers } = SETUP_OPTIONS;
const OPTIONS: OptionTable = { ...trialsOption(8, 1000), layers: layers!, width: width!, batch: batch!, workers: workers!, 'no-numpy': { type: 'boolean', doc: 'skip the numpy comparison' } };

/** What npm run bench times: the issue's L = 20, W = 100, N = 100. */
const BENCH_SETUP = { depth: 20, width: 100, batch: 100, activation: 'tanh', initScale: 1, targetScale: 0.25 } as const;

/** Times `trials` trials on `workers` threads, net generation included; returns seconds. */
async function time(o: ReproduceOptions, workers: number): Promise<number> {
  const start = performance.now();
  await runParallel(o, workers, () => {});
  return (performance.now() - start) / 1000;
}

/** Times the engine alone on networks generated beforehand (as numpy is timed); returns seconds. */
function computeOnly(o: ReproduceOptions): number {
  const nets = Array.from({ length: o.trials }, (_, t) => gaussianFlatNetwork(o.seed + t, o.setup));
  const cosines = engineCosines('wasm');
  cosines(nets[0]!); // warm-up
  const start = performance.now();
  for (const net of nets) cosines(net);
  return (performance.now() - start) / 1000;
}

/** numpy on the same algorithm, if a python3 with numpy is on this machine (Debian's /usr/bin/python3 first). */
function numpy(o: ReproduceOptions): { seconds: number; python: string } | string {
  const script = fileURLToPath(new URL('../../src/engine/numpy_reference.py', import.meta.url));
  const { depth, width, batch, activation } = o.setup;
  for (const python of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(python, [script, String(depth), String(width), String(batch), String(o.trials), activation], { encoding: 'utf8' });
    if (r.status === 0) return { seconds: JSON.parse(r.stdout).seconds as number, python };
  }
  return 'no python3 with numpy found (Debian: apt-get install python3-numpy libopenblas0-pthread)';
}

export const benchCommand: Command = {
  summary: 'bench [--trials T] [--layers 20] [--width 100] [--batch 100] [--workers K] [--no-numpy]',
  help: ['Times the all-pairs engine (tanh, σ = 0.25, g = 1) against numpy if installed; defaults L = 20, W = 100, N = 100.', ...optionHelp(OPTIONS)],
  async run(args) {
    const { values } = parseCommandLine(args, OPTIONS);
    const { workers, ...o } = readOptions(values, { setup: BENCH_SETUP, trials: 8 }, OPTIONS);
    checkResources(o, workers, o.trials);
    const { setup } = o;
    const flops = trialFlops(setup.depth, setup.width, setup.batch);
    const line = (label: string, seconds: number) =>
      `${label.padEnd(34)} ${(o.trials / seconds).toFixed(2).padStart(8)} trials/s  ${((flops * o.trials) / seconds / G).toFixed(2).padStart(7)} G multiply-adds/s`;
    const out = [`times include network generation and worker start-up unless marked "compute only"`, `reproduce at L = ${setup.depth}, W = ${setup.width}, N = ${setup.batch}, ${setup.activation}; ${o.trials} trials; ${(flops / G).toFixed(3)} G multiply-adds per trial (trialFlops)`];
    await time({ ...o, trials: 2 }, 1); // warm-up
    out.push(line('engine (js kernels), 1 thread', await time({ ...o, kernel: 'js' }, 1)));
    out.push(line('engine (wasm SIMD), 1 thread', await time({ ...o, kernel: 'wasm' }, 1)));
    out.push(`${line('engine (wasm SIMD), 1 thread', computeOnly(o))}  (compute only)`);
    if (workers > 1) out.push(line(`engine (wasm SIMD), ${workers} workers`, await time({ ...o, kernel: 'wasm' }, workers)));
    if (!values['no-numpy']) {
      const np = numpy(o);
      out.push(typeof np === 'string' ? `numpy: ${np}` : `${line(`numpy + OpenBLAS (${np.python})`, np.seconds)}  (compute only, all BLAS threads)`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
  },
};
