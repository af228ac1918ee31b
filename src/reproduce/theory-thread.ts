import { Worker } from 'node:worker_threads';
import type { TheoryRow } from '../theory/predict.js';
import type { TheorySetup } from '../theory/setup.js';

/** Compiled: dist/reproduce/worker-theory.js; from sources (tests, tsx): worker.mjs loads the .ts. */
const THEORY_URL = import.meta.url.endsWith('.ts') ? new URL('./worker.mjs', import.meta.url) : new URL('./worker-theory.js', import.meta.url);

/**
 * theoryRows(setup) on a thread of its own, started now, so that it runs beside the trials (it costs up to
 * a second or more at L = 20). Returns the way to wait for it; until then the thread does not keep the
 * process alive (a run whose trials fail exits without it).
 */
export function theoryOnItsThread(setup: TheorySetup): () => Promise<TheoryRow[] | undefined> {
  const worker = new Worker(THEORY_URL, { workerData: { setup, main: './worker-theory.ts' } });
  worker.unref();
  const rows = new Promise<TheoryRow[] | undefined>((resolve, reject) => {
    worker.once('message', (m: TheoryRow[] | undefined) => resolve(m ?? undefined));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the theory thread exited with code ${code} before its result`)));
  });
  rows.catch(() => {}); // a failure is the waiter's to report
  return () => (worker.ref(), rows);
}
