import { activation } from '../activation.js';
import type { Algebra } from '../algebra/algebra.js';
import { ExactnessError } from '../algebra/exact-field.js';
import type { Network } from '../network/network.js';
import { floatOf } from './decimal-text.js';
import { InputError } from './input-error.js';
import type { NetworkSpec } from './network-file.js';
import type { MatrixText } from './read-matrix.js';

/** Builds a validated network on a backend. @throws InputError for tanh on the exact backend. */
export function loadNetwork<M, S>(alg: Algebra<M, S>, spec: NetworkSpec): Network<M> {
  const h = activation(spec.activation);
  if (h.floatOnly && alg.field.kind === 'exact') {
    throw new InputError(`activation ${h.name} is float-only and cannot be computed exactly: drop --exact`);
  }
  const matrix = (m: MatrixText, where: string): M =>
    alg.fromRows(
      m.rows.map((row, r) =>
        row.map((text, c) => {
          const at = m.vector ? `${where}[${r}]` : `${where}[${r}][${c}]`;
          if (alg.field.kind === 'float') floatOf(text, at);
          try {
            return alg.field.parse(text);
          } catch (e) {
            if (e instanceof ExactnessError) throw new InputError(`${at}: ${e.message}; raise --precision`);
            throw e;
          }
        }),
      ),
    );
  return {
    activation: h,
    weights: spec.weights.map((w, k) => matrix(w, `weights[${k}]`)),
    input: matrix(spec.input, 'input'),
    targets: spec.targets.map((t, k) => matrix(t, `targets[${k}]`)),
  };
}
