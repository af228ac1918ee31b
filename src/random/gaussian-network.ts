import { Matrix } from 'ml-matrix';
import { activation } from '../activation.js';
import type { FlatNetwork } from '../engine/workspace.js';
import type { Network } from '../network/network.js';
import { type GaussianNetworkOptions, gaussianFlatNetwork } from './flat-network.js';

// the flat generator lives in flat-network.ts, without ml-matrix, so that reproduce's workers load no ml-matrix
export { GAUSSIAN_DEFAULTS, type GaussianNetworkOptions, gaussianFlatNetwork } from './flat-network.js';

/** The same network as ml-matrix matrices, for the reference implementation. */
export function toMatrixNetwork(flat: FlatNetwork): Network<Matrix> {
  const { width: W, batch: N } = flat;
  return {
    activation: activation(flat.activation),
    weights: flat.weights.map((w) => Matrix.from1DArray(W, W, w)),
    input: Matrix.from1DArray(W, N, flat.input),
    targets: flat.targets.map((t) => Matrix.from1DArray(W, N, t)),
  };
}

export const gaussianNetwork = (seed: number, options: GaussianNetworkOptions = {}): Network<Matrix> =>
  toMatrixNetwork(gaussianFlatNetwork(seed, options));
