import { parentPort, workerData } from 'node:worker_threads';
import type { ReproduceOptions } from './options.js';
import { runTrials } from './run-trials.js';

/** Runs trials [from, to) and posts { progress } after each and { done: TrialResults } at the end. */
const { options, from, to } = workerData as { options: ReproduceOptions; from: number; to: number };
const results = runTrials(options, from, to, () => parentPort!.postMessage({ progress: 1 }));
parentPort!.postMessage({ done: results });
