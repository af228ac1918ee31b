import { formatMatrix } from '../../src/io/format-network.js';
import { loadNetwork } from '../../src/io/load.js';
import type { NetworkSpec } from '../../src/io/network-file.js';
import { type AllPairs, allPairGradients } from '../../src/network/gradients.js';
import type { Network } from '../../src/network/network.js';
import { ClaimFailure } from '../../src/lang/failure.js';
import { exact, type ExactMatrix } from '../core/helpers.js';

export { exact, type ExactMatrix };
export const F = exact.field;
export type Scalar = ReturnType<typeof F.parse>;

export const exactNetwork = (spec: NetworkSpec): Network<ExactMatrix> => loadNetwork(exact, spec);
export const exactAllPairs = (spec: NetworkSpec): AllPairs<ExactMatrix> => allPairGradients(exact, exactNetwork(spec));

/** Frobenius ⟨A, B⟩, exact. */
export const dot = (a: ExactMatrix, b: ExactMatrix): Scalar => exact.dot(a, b);
export const scaled = (k: string, a: ExactMatrix): ExactMatrix => exact.scale(a, F.parse(k));

const text = (a: ExactMatrix) => ({ rows: a.data.map((r) => r.map((x) => F.format(x))), vector: false });

/** Throws ClaimFailure, showing both sides, unless lhs = rhs exactly. */
export function mustEqual(what: string, lhs: ExactMatrix, rhs: ExactMatrix): void {
  const [l, r] = [text(lhs), text(rhs)];
  if (JSON.stringify(l.rows) !== JSON.stringify(r.rows)) {
    throw new ClaimFailure([`${what}: the two sides differ`, ...formatMatrix('lhs', l), ...formatMatrix('rhs', r)].join('\n'));
  }
}

/** Throws ClaimFailure unless the exact scalars are equal. */
export function mustEqualScalar(what: string, lhs: Scalar, rhs: Scalar): void {
  if (!lhs.eq(rhs)) throw new ClaimFailure(`${what}: ${F.format(lhs)} ≠ ${F.format(rhs)}`);
}

export { pairsBelow } from './pairs.js';

/** Total degree of G_ij's entries in a linear net of depth L is ≤ 2L + 1 (l_j has degree 2(j+1)). */
export const gradientDegree = (spec: NetworkSpec): number | undefined =>
  spec.activation === 'linear' ? 2 * spec.weights.length + 1 : undefined;

/** Of a product of two gradients' entries. */
export const dotDegree = (spec: NetworkSpec): number | undefined => {
  const d = gradientDegree(spec);
  return d === undefined ? undefined : 2 * d;
};
