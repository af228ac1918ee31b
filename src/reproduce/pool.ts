import { Worker } from 'node:worker_threads';
import { gemmVariant } from '../engine/wasm/gemm.js';
import type { ReproduceOptions } from './options.js';
import type { TrialStats } from './trial-stats.js';

/** A worker runs blocks [from, to) of `bounds`, posting { progress } per trial, then { done } or { failed }. */
export interface Job {
  readonly options: ReproduceOptions;
  readonly bounds: readonly number[];
  readonly from: number;
  readonly to: number;
}
type Reply = { progress?: number; done?: TrialStats[]; failed?: { name: string; message: string } };

/** A job under way: its blocks' stats, and a way to stop it (its thread is ended, not reused). */
export interface Running {
  readonly result: Promise<TrialStats[]>;
  cancel(): void;
}

/** Compiled: dist/reproduce/worker-main.js; from sources (tests, tsx): worker.mjs loads the .ts. */
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('./worker.mjs', import.meta.url) : new URL('./worker-main.js', import.meta.url);

/** A pooled thread and the handlers of the job it is running (one permanent listener each). */
interface Pooled {
  readonly worker: Worker;
  onReply: (m: Reply) => void;
  onFail: (e: Error) => void;
}

/**
 * Worker threads kept alive across runs (a sweep's setups reuse them): each starts once,
 * and is unref'd while idle so it never keeps the process alive.
 */
const idle: Pooled[] = [];
let started = 0;

/** Worker threads started so far by this process (a sweep starts each once). */
export const workersStarted = (): number => started;

/** A failure inside a worker, rebuilt with its name (e.g. OverflowError) and message. */
const rebuilt = (f: { name: string; message: string }): Error => Object.assign(new Error(f.message), { name: f.name });

function spawn(): Pooled {
  started++;
  gemmVariant(); // sets the V8 flag the fma gemm needs (one per process) here, not racing in two workers

  const p: Pooled = { worker: new Worker(WORKER_URL), onReply: () => {}, onFail: () => {} };
  p.worker.on('message', (m: Reply) => p.onReply(m));
  p.worker.on('error', (e: Error) => p.onFail(e));
  p.worker.on('exit', (code) => {
    if (idle.includes(p)) idle.splice(idle.indexOf(p), 1); // never hand out a dead worker
    p.onFail(new Error(`reproduce worker exited with code ${code}`));
  });
  return p;
}

/** Runs one job on a pooled worker; the worker returns to the pool when the job ends normally. */
export function runJob(job: Job, onProgress: () => void): Running {
  const p = idle.pop() ?? spawn();
  p.worker.ref();
  const release = () => (p.worker.unref(), idle.push(p));
  let cancel = () => {};
  const result = new Promise<TrialStats[]>((resolve, reject) => {
    p.onFail = (e) => (void p.worker.terminate(), reject(e)); // a broken or cancelled worker is not reused
    cancel = () => p.onFail(new Error('cancelled'));
    p.onReply = (m) => {
      if (m.progress) return onProgress();
      release();
      return m.failed ? reject(rebuilt(m.failed)) : resolve(m.done!);
    };
    p.worker.postMessage(job);
  });
  return { result, cancel: () => cancel() };
}
