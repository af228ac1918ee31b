import type { KernelKind } from '../engine/workspace.js';
import type { GaussianNetworkOptions } from '../random/gaussian-network.js';
import type { InitName } from './init.js';

/** One reproduce run: a Gaussian setup, a number of trials, a base seed. */
export interface ReproduceOptions {
  readonly setup: Required<GaussianNetworkOptions>;
  readonly trials: number;
  /** Trial t draws its network from seed (seed + t) mod 2³². */
  readonly seed: number;
  /** How setup.initScale was chosen. @defaultValue 'custom' */
  readonly init?: InitName;
  /** The engine's kernels. @defaultValue 'wasm' */
  readonly kernel?: KernelKind;
}
