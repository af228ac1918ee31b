import type { NetworkSpec } from './network-file.js';
import type { MatrixText } from './read-matrix.js';

/** The network file's JSON (vectors written flat), as `why-alignment gradients` reads it. */
export function networkToJson(spec: NetworkSpec): unknown {
  const m = (x: MatrixText): unknown => (x.vector ? x.rows.map((r) => r[0]) : x.rows);
  return { activation: spec.activation, weights: spec.weights.map(m), input: m(spec.input), targets: spec.targets.map(m) };
}
