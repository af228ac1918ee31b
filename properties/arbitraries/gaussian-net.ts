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

/** A Gaussian network with a uniformly drawn pair 1 ≤ i < j ≤ depth. */
export function gaussianNetWithPair(options: GaussianNetworkOptions & { depth: number }): fc.Arbitrary<{ net: Network<Matrix>; i: number; j: number }> {
  const L = options.depth;
  const pairs = Array.from({ length: L }, (_, i) => Array.from({ length: L - i - 1 }, (_, d) => [i + 1, i + 2 + d] as const)).flat();
  return fc.tuple(gaussianNet(options), fc.noBias(fc.nat({ max: pairs.length - 1 }))).map(([net, k]) => ({ net, i: pairs[k]![0], j: pairs[k]![1] }));
}

/** The same Gaussian network in the engine's flat layout. */
export function gaussianFlatNet(options: GaussianNetworkOptions = {}): fc.Arbitrary<FlatNetwork> {
  return fc.noBias(fc.integer()).map((seed) => gaussianFlatNetwork(seed, options));
}
