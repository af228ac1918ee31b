import type { Algebra } from '../algebra/algebra.js';
import { backwardSweep, type Pair, type PairGradient, splitErrors, totalLossGradients } from './backward.js';
import { type Forward, forward } from './forward.js';
import type { Network } from './network.js';

/** Every pair (i, j), 1 ≤ i ≤ j ≤ L, from one forward pass and one backward sweep per loss. */
export interface AllPairs<M, P extends { layer: number; loss: number } = PairGradient<M>> {
  readonly depth: number;
  readonly forward: Forward<M>;
  /** Sorted by layer, then loss. */
  readonly pairs: readonly P[];
  /** The pair (i, j), for 1 ≤ i ≤ j ≤ L. */
  pair(i: number, j: number): P;
}

function collect<M, S, K extends string>(
  alg: Algebra<M, S>, net: Network<M>, errors: (fw: Forward<M>, j: number) => { readonly [k in K]: M },
): AllPairs<M, Pair<M, K>> {
  const fw = forward(alg, net);
  const L = net.weights.length;
  const table: Pair<M, K>[][] = Array.from({ length: L + 1 }, () => []);
  for (let j = 1; j <= L; j++) for (const p of backwardSweep(alg, fw, j, errors(fw, j))) table[p.layer]![p.loss] = p;
  const pair = (i: number, j: number): Pair<M, K> => {
    const p = table[i]?.[j];
    if (!p) throw new RangeError(`no gradient pair (layer ${i}, loss ${j}) in a ${L}-layer net`);
    return p;
  };
  return { depth: L, forward: fw, pairs: table.flatMap((row) => row.filter((p) => p !== undefined)), pair };
}

/** G_ij with its internal/external split, for every pair. */
export function allPairGradients<M, S>(alg: Algebra<M, S>, net: Network<M>): AllPairs<M> {
  return collect(alg, net, (fw, j) => splitErrors(alg, net, fw, j));
}

/** G_ij only (a third of the work), for every pair. */
export function allPairGradientsOnly<M, S>(alg: Algebra<M, S>, net: Network<M>): AllPairs<M, Pair<M, 'gradient'>> {
  return collect(alg, net, (fw, j) => ({ gradient: alg.sub(fw.s[j]!, net.targets[j - 1]!) }));
}

type WithGradient<M> = AllPairs<M, Pair<M, 'gradient'>>;

/** local_i = ∂l_i/∂W_i */
export const localGradient = <M>(all: WithGradient<M>, i: number): M => all.pair(i, i).gradient;

/** distant_ij = ∂l_j/∂W_i, j > i */
export function distantGradient<M>(all: WithGradient<M>, i: number, j: number): M {
  if (j <= i) throw new RangeError(`distant gradient needs loss j > layer i, got i=${i}, j=${j}`);
  return all.pair(i, j).gradient;
}

/** global_i = local_i + Σ_{j>i} distant_ij (summed from the pairs). */
export function globalFromPairs<M, S>(alg: Algebra<M, S>, all: WithGradient<M>, i: number): M {
  let sum = localGradient(all, i);
  for (let j = i + 1; j <= all.depth; j++) sum = alg.add(sum, distantGradient(all, i, j));
  return sum;
}

/** global_i = ∂L/∂W_i by a single sweep of the total loss (independent of the pairs). */
export function globalGradients<M, S>(alg: Algebra<M, S>, net: Network<M>): M[] {
  return totalLossGradients(alg, net, forward(alg, net));
}
