import fc from 'fast-check';
import type { Matrix } from 'ml-matrix';
import type { Network } from '../../src/network/network.js';
import type { FlatNetwork } from '../../src/engine/workspace.js';
import { gaussianFlatNetwork, gaussianNetwork, type GaussianNetworkOptions } from '../../src/random/gaussian-network.js';

/**
 * A Gaussian random network (see gaussianNetwork for the distribution) from a
 * seed drawn uniformly by fast-check, so every trial replays from fast-check's seed.
 * For statistics only: it does not shrink meaningfully.
 */
export function gaussianNet(options: GaussianNetworkOptions = {}): fc.Arbitrary<Network<Matrix>> {
  return fc.noBias(fc.integer()).map((seed) => gaussianNetwork(seed, options));
}

/** The same Gaussian network in the engine's flat layout. */
export function gaussianFlatNet(options: GaussianNetworkOptions = {}): fc.Arbitrary<FlatNetwork> {
  return fc.noBias(fc.integer()).map((seed) => gaussianFlatNetwork(seed, options));
}
