import type { KernelKind } from '../engine/workspace.js';
import type { GaussianNetworkOptions } from '../random/gaussian-network.js';

/** One reproduce run: a Gaussian setup, a number of trials, a base seed. */
export interface ReproduceOptions {
  readonly setup: Required<GaussianNetworkOptions>;
  readonly trials: number;
  /** Trial t draws its network from seed + t. */
  readonly seed: number;
  /** The engine's kernels. @defaultValue 'wasm' */
  readonly kernel?: KernelKind;
}

/** What every trial contributes, in trial order (so the result does not depend on the worker split). */
export interface TrialResults {
  /** gapMeans[t][g − 1]: trial t's mean cosine at gap g = j − i. */
  readonly gapMeans: number[][];
  /** allPositive[t]: did trial t have every pair positive? */
  readonly allPositive: boolean[];
  /** Every trial's table cos_t(i, j), trial-major, (L+1)² entries each. */
  readonly cos: Float64Array;
}
