import { parentPort, workerData } from 'node:worker_threads';
import { theoryRows } from '../theory/predict.js';
import type { TheorySetup } from '../theory/setup.js';

/** The theory thread (theory-thread.ts): posts theoryRows(workerData.setup). */
parentPort!.postMessage(theoryRows((workerData as { setup: TheorySetup }).setup));
