import { parentPort } from 'node:worker_threads';
import type { Job } from './pool.js';
import { runBlocks } from './run-trials.js';

/** A pooled worker: runs each job's blocks, posting { progress } per trial, then { done: TrialStats[] } or { failed }. */
parentPort!.on('message', ({ options, bounds, from, to }: Job) => {
  try {
    parentPort!.postMessage({ done: runBlocks(options, bounds, from, to, () => parentPort!.postMessage({ progress: 1 })) });
  } catch (e) {
    parentPort!.postMessage({ failed: { name: (e as Error).name, message: (e as Error).message } });
  }
});
