import { Matrix } from 'ml-matrix';
import { activation, type ActivationName } from '../activation.js';
import type { Network } from '../network/network.js';
import { gaussian, mulberry32 } from './rng.js';

export interface GaussianNetworkOptions {
  /** L. @defaultValue 20 */
  depth?: number;
  /** W, every layer's width (input included). @defaultValue 20 */
  width?: number;
  /** N, samples (columns of x). @defaultValue 1 */
  batch?: number;
  /** @defaultValue 'linear' */
  activation?: ActivationName;
  /** g in W_i ~ N(0, g²/W). @defaultValue 1 */
  initScale?: number;
  /** σ in s_i* ~ N(0, σ²). @defaultValue 1 */
  targetScale?: number;
}

export const GAUSSIAN_DEFAULTS: Required<GaussianNetworkOptions> = {
  depth: 20, width: 20, batch: 1, activation: 'linear', initScale: 1, targetScale: 1,
};

/**
 * A random network, deterministic from its seed: W_i ~ N(0, g²/W) entrywise,
 * x ~ N(0, 1) (W × N, columns = samples), targets s_i* ~ N(0, σ²).
 */
export function gaussianNetwork(seed: number, options: GaussianNetworkOptions = {}): Network<Matrix> {
  const o = { ...GAUSSIAN_DEFAULTS, ...options };
  const normal = gaussian(mulberry32(seed));
  const draw = (rows: number, cols: number, sd: number) =>
    Matrix.from1DArray(rows, cols, Float64Array.from({ length: rows * cols }, () => sd * normal()));
  return {
    activation: activation(o.activation),
    weights: Array.from({ length: o.depth }, () => draw(o.width, o.width, o.initScale / Math.sqrt(o.width))),
    input: draw(o.width, o.batch, 1),
    targets: Array.from({ length: o.depth }, () => draw(o.width, o.batch, o.targetScale)),
  };
}
