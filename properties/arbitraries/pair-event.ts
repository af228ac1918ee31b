import fc from 'fast-check';
import { floatAlgebra } from '../../src/algebra/float.js';
import { cosine } from '../../src/network/cosine.js';
import { allPairGradientsOnly, globalFromPairs, localGradient } from '../../src/network/gradients.js';
import { gaussianFlatNetwork, type GaussianNetworkOptions, toMatrixNetwork } from '../../src/random/gaussian-network.js';
import { cosAt, engineCosines } from '../../src/reproduce/pair-cosines.js';

type Setup = GaussianNetworkOptions & { depth: number };

/**
 * A Gaussian net (seeded by fast-check) with a uniform pair 1 ≤ i < j ≤ depth, drawn as
 * an index into the list of pairs (fc.noBias(fc.integer) is uniform; fc.double is not
 * uniform on [0, 1): it is uniform over float64 bit patterns).
 */
const netAndPair = (setup: Setup) => {
  const L = setup.depth;
  const pairs = Array.from({ length: L }, (_, i) => Array.from({ length: L - i - 1 }, (_, d) => [i + 1, i + 2 + d] as const)).flat();
  return fc
    .tuple(fc.noBias(fc.integer()), fc.noBias(fc.nat({ max: pairs.length - 1 })))
    .map(([seed, k]) => ({ net: gaussianFlatNetwork(seed, setup), i: pairs[k]![0], j: pairs[k]![1] }));
};

/** The event S(local_i, distant_ij) > 0 for a uniform pair, by the fast engine. */
export function localDistantAligned(setup: Setup): fc.Arbitrary<boolean> {
  const cosines = engineCosines();
  return netAndPair(setup).map(({ net, i, j }) => cosAt(cosines(net), i, j) > 0);
}

/** The event S(local_i, global_i) > 0 for a uniform layer i < depth, by the ml-matrix reference. */
export function localGlobalAligned(setup: Setup): fc.Arbitrary<boolean> {
  const layer = fc.noBias(fc.integer({ min: 1, max: setup.depth - 1 }));
  return fc.tuple(fc.noBias(fc.integer()), layer).map(([seed, i]) => {
    const net = gaussianFlatNetwork(seed, setup);
    const all = allPairGradientsOnly(floatAlgebra, toMatrixNetwork(net));
    return cosine(floatAlgebra, localGradient(all, i), globalFromPairs(floatAlgebra, all, i)) > 0;
  });
}
