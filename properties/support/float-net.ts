import type { Matrix } from 'ml-matrix';
import { floatAlgebra } from '../../src/algebra/float.js';
import { cosine } from '../../src/network/cosine.js';
import { allPairGradients, type AllPairs } from '../../src/network/gradients.js';
import type { Network } from '../../src/network/network.js';

export { floatAlgebra };

/** Every pair's gradient and split, in float64 (for rate and mean checks). */
export const floatAllPairs = (net: Network<Matrix>): AllPairs<Matrix> => allPairGradients(floatAlgebra, net);

/** S(a, b), the cosine of two gradients (0 where a norm is 0). */
export const cos = (a: Matrix, b: Matrix): number => cosine(floatAlgebra, a, b);

/** S(local_i, distant_ij) of a float network. */
export const localDistantCosine = (net: Network<Matrix>, i: number, j: number): number => {
  const all = floatAllPairs(net);
  return cos(all.pair(i, i).gradient, all.pair(i, j).gradient);
};
