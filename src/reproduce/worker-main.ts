import { parentPort, workerData } from 'node:worker_threads';
import type { ReproduceOptions } from './options.js';
import { runBlocks } from './run-trials.js';

/** Runs blocks [from, to); posts { progress } after each trial, then { done: TrialStats[] } or { failed }. */
const { options, bounds, from, to } = workerData as { options: ReproduceOptions; bounds: number[]; from: number; to: number };
try {
  parentPort!.postMessage({ done: runBlocks(options, bounds, from, to, () => parentPort!.postMessage({ progress: 1 })) });
} catch (e) {
  parentPort!.postMessage({ failed: { name: (e as Error).name, message: (e as Error).message } });
}
