import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ReproduceOptions } from '../reproduce/options.js';
import type { RunCost } from './reproduce.js';

/** What numpy_reference.py prints: seconds per trial (best: the fastest trial), and the kernel OpenBLAS chose. */
export interface NumpyRun {
  readonly best: number;
  readonly endToEnd: number;
  readonly python: string;
  readonly blas: { readonly corename: string | null; readonly threads: number | null; readonly via: string };
}

/** Variables that pin OpenBLAS's kernel and cache sizes; the peer runs without them, as OpenBLAS would pick. */
export const OPENBLAS_PINS = ['OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE'] as const;

/** The numpy peer's environment: this one without OPENBLAS_PINS, on `threads` BLAS threads (0: OpenBLAS's default, every core). */
export function numpyEnv(env: NodeJS.ProcessEnv, threads: number): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const k of OPENBLAS_PINS) delete out[k];
  return threads ? { ...out, OPENBLAS_NUM_THREADS: String(threads), OMP_NUM_THREADS: String(threads) } : out;
}

/**
 * numpy on the same algorithm (src/engine/numpy_reference.py), if a python3 with numpy is on this
 * machine (Debian's /usr/bin/python3 first), in a child process of its own environment (numpyEnv).
 */
export function numpy(o: ReproduceOptions, threads = 0): NumpyRun | string {
  const script = fileURLToPath(new URL('../../src/engine/numpy_reference.py', import.meta.url));
  const { depth, width, batch, activation } = o.setup;
  for (const python of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(python, [script, String(depth), String(width), String(batch), String(o.trials), activation], { encoding: 'utf8', env: numpyEnv(process.env, threads) });
    if (r.status === 0) return { ...(JSON.parse(r.stdout) as Omit<NumpyRun, 'python'>), python };
  }
  return 'no python3 with numpy found (Debian: apt-get install python3-numpy libopenblas0-pthread)';
}

const BIN = fileURLToPath(new URL('../../src/cli/why-alignment.mjs', import.meta.url));

/** The setup as reproduce's options. */
const setupArgs = (o: ReproduceOptions): string[] => {
  const { depth, width, batch, activation, initScale, targetScale } = o.setup;
  return ['--layers', String(depth), '--width', String(width), '--batch', String(batch), '--activation', activation, '--init-scale', String(initScale), '--target-scale', String(targetScale)];
};

/** Wall seconds of a child process, timed from here (start-up included), and its stdout. */
function timedChild(args: string[]): { seconds: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`bench: \`node ${args.join(' ')}\` failed: ${r.stderr.trim().split('\n')[0]}`);
  return { seconds, stdout: r.stdout };
}

/** `why-alignment reproduce` itself, as a user runs it: `trials` trials of o's setup on `workers` workers, --json; wall seconds timed from here, and its "run". */
export function timeReproduce(o: ReproduceOptions, trials: number, workers: number): { seconds: number; run: RunCost } {
  const { seconds, stdout } = timedChild([BIN, 'reproduce', ...setupArgs(o), '--trials', String(trials), '--workers', String(workers), '--seed', String(o.seed), '--json']);
  return { seconds, run: (JSON.parse(stdout) as { run: RunCost }).run };
}

/** The fixed cost: the fastest of `runs` runs of reproduce --trials 2 and of `node -e 0`, in turn. */
export function timeStartUp(o: ReproduceOptions, workers: number, runs = 3): { reproduce2: number; node: number } {
  let [reproduce2, node] = [Infinity, Infinity];
  for (let r = 0; r < runs; r++) {
    reproduce2 = Math.min(reproduce2, timeReproduce(o, 2, workers).seconds);
    node = Math.min(node, timedChild(['-e', '0']).seconds);
  }
  return { reproduce2, node };
}
