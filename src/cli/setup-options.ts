import { ACTIVATIONS, isActivationName } from '../activation.js';
import { InputError } from '../io/input-error.js';
import { defaultInit } from '../reproduce/init.js';
import { NOTE_SETUP } from '../reproduce/note-setup.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { defaultWorkers } from '../reproduce/parallel.js';
import { memoryRefusal, overflowRefusal } from '../reproduce/resources.js';
import { type OptionTable, readNumber } from './args.js';

export const DEFAULT_SEED = 2018;

/** The seed options of reproduce, sweep and bench: trial t uses (S + t) mod 2³². */
export const SEED_OPTION: OptionTable = {
  seed: { type: 'string', value: 'S', doc: `base seed; trial t uses (S + t) mod 2^32 (default ${DEFAULT_SEED})`, range: { integer: true, min: 0, max: 2 ** 32 - 1 } },
};

export const WORKERS_OPTION: OptionTable = {
  workers: { type: 'string', value: 'K', doc: 'worker threads (default: one per core)', range: { integer: true, min: 1, max: 256 } },
};

/** Trials of one setup: bounded by time, not memory (the statistics are streamed). */
export const trialsOption = (fallback: number, max: number): OptionTable => ({
  trials: { type: 'string', value: 'T', doc: `random networks (default ${fallback})`, range: { integer: true, min: 2, max } },
});

/** The options shared by reproduce and bench, read by readOptions. */
export const SETUP_OPTIONS: OptionTable = {
  layers: { type: 'string', value: 'L', doc: 'layers', range: { integer: true, min: 2, max: 1000 } },
  width: { type: 'string', value: 'W', doc: 'width of every layer', range: { integer: true, min: 1, max: 10000 } },
  batch: { type: 'string', value: 'N', doc: 'samples per network', range: { integer: true, min: 1, max: 100000 } },
  activation: { type: 'string', value: 'A', doc: `${ACTIVATIONS.join(' | ')}` },
  'init-scale': { type: 'string', value: 'g', doc: 'W_i ~ N(0, g²/W) (default: √2 (He) for relu, 1 for linear and tanh)', range: { above: 0, max: 1e6 } },
  'target-scale': { type: 'string', value: 'σ', doc: 's_i* ~ N(0, σ²)', range: { min: 0, max: 1e6 } },
  ...SEED_OPTION,
  ...WORKERS_OPTION,
};

/** The defaults readOptions falls back on: reproduce's are the note's setup and 200 trials. */
export interface SetupDefaults {
  readonly setup: ReproduceOptions['setup'];
  readonly trials: number;
}

/**
 * Reads the setup options (all optional). Without --init-scale, g follows the activation
 * (defaultInit): He for ReLU, 1 otherwise; `init` records which. @throws InputError
 */
export function readOptions(
  values: Record<string, string | boolean | undefined>, defaults: SetupDefaults = { setup: NOTE_SETUP, trials: 200 },
  table: OptionTable = { ...SETUP_OPTIONS, ...trialsOption(200, 1e7) },
): ReproduceOptions & { workers: number } {
  const d = defaults.setup;
  const activation = (values.activation as string | undefined) ?? d.activation;
  if (!isActivationName(activation)) throw new InputError(`--activation must be one of ${ACTIVATIONS.join(', ')}, got ${JSON.stringify(activation)}`);
  const given = values['init-scale'] !== undefined;
  const init = given ? { initScale: readNumber(table, values, 'init-scale', 1), init: 'custom' as const } : defaultInit(activation);
  const num = (name: string, fallback: number) => readNumber(table, values, name, fallback);
  return {
    setup: {
      depth: num('layers', d.depth), width: num('width', d.width), batch: num('batch', d.batch), activation,
      initScale: init.initScale, targetScale: num('target-scale', d.targetScale),
    },
    init: init.init,
    trials: num('trials', defaults.trials),
    seed: num('seed', DEFAULT_SEED),
    workers: num('workers', defaultWorkers()),
  };
}

/**
 * Refuses, before any trial, a run whose memory estimate exceeds the limit or whose
 * activations surely overflow. @throws InputError
 */
export function checkResources(o: ReproduceOptions, workers: number, keptNetworks = 0): void {
  const refusal = memoryRefusal(o, workers, keptNetworks) ?? overflowRefusal(o.setup);
  if (refusal) throw new InputError(refusal);
}
