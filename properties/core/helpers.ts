import type { Algebra } from '../../src/algebra/algebra.js';
import { type Dense, denseAlgebra } from '../../src/algebra/dense.js';
import { exactField } from '../../src/algebra/exact-field.js';
import type { Field } from '../../src/algebra/field.js';
import { floatAlgebra } from '../../src/algebra/float.js';
import { loadNetwork } from '../../src/io/load.js';
import type { NetworkSpec } from '../../src/io/network-file.js';
import { allPairGradients } from '../../src/network/gradients.js';

/** The exact backend used throughout the properties. */
export const exact = denseAlgebra(exactField());
export type ExactMatrix = Dense<ReturnType<typeof exact.field.parse>>;

/** All pairs of a spec on a backend, as rows of scalars. */
export function pairsOn<M, S>(alg: Algebra<M, S>, spec: NetworkSpec) {
  return allPairGradients(alg, loadNetwork(alg, spec)).pairs.map((p) => ({
    layer: p.layer,
    loss: p.loss,
    gradient: alg.toRows(p.gradient),
    internal: alg.toRows(p.internal),
    external: alg.toRows(p.external),
  }));
}

export const exactPairs = (spec: NetworkSpec) => pairsOn(exact, spec);
export const floatPairs = (spec: NetworkSpec) => pairsOn(floatAlgebra, spec);

/** Rows of scalars as canonical decimal text: equal texts ⇔ equal values, digit for digit. */
export const asText = <S>(F: Field<S>, rows: S[][]): string[][] => rows.map((r) => r.map((x) => F.format(x)));
