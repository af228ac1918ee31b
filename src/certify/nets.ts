import fc from 'fast-check';
import { type Activation, activation } from '../activation.js';
import type { Algebra } from '../algebra/algebra.js';
import type { NetworkSpec } from '../io/network-file.js';
import type { MatrixText } from '../io/read-matrix.js';
import type { Network } from '../network/network.js';
import { freeEntries, type Shape } from '../lang/shapes.js';

interface Block {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly free: boolean;
}

/** The shape's matrices in a fixed order: W_1 … W_L, x, s_1* … s_L*. */
function blocks(s: Shape): Block[] {
  const n = Math.max(s.batch, 1);
  const layers = s.widths.slice(1);
  return [
    ...layers.map((w, k) => ({ name: `W${k + 1}`, rows: w, cols: s.widths[k]!, free: true })),
    { name: 'x', rows: s.widths[0]!, cols: n, free: true },
    ...layers.map((w, k) => ({ name: `t${k + 1}`, rows: w, cols: n, free: !s.zeroTargets })),
  ];
}

/** Names of the free entries, in the order every builder below consumes them: "W1_0_1", "x_2_0", "t1_0_0". */
export const entryNames = (s: Shape): string[] =>
  blocks(s).filter((b) => b.free).flatMap((b) => Array.from({ length: b.rows * b.cols }, (_, k) => `${b.name}_${Math.floor(k / b.cols)}_${k % b.cols}`));

/** Fills the blocks from the free values in order (fixed targets get `zero`). */
function fill<T>(s: Shape, values: readonly T[], zero: T): T[][][] {
  let next = 0;
  return blocks(s).map((b) => Array.from({ length: b.rows }, () => Array.from({ length: b.cols }, () => (b.free ? values[next++]! : zero))));
}

/** The network of a shape over any backend, its free entries given in entryNames order. */
export function networkOfShape<M, S>(alg: Algebra<M, S>, s: Shape, values: readonly S[], h: Activation = activation(s.activation)): Network<M> {
  const L = s.widths.length - 1;
  const m = fill(s, values, alg.field.zero).map((rows) => alg.fromRows(rows));
  return { activation: h, weights: m.slice(0, L), input: m[L]!, targets: m.slice(L + 1) };
}

/** The network file of a shape, its free entries given as decimal text in entryNames order. */
export function specOfShape(s: Shape, texts: readonly string[]): NetworkSpec {
  const L = s.widths.length - 1;
  const vector = s.batch === 0;
  const m: MatrixText[] = fill(s, texts, '0').map((rows, k) => ({ rows, vector: vector && k >= L }));
  return { activation: s.activation, weights: m.slice(0, L), input: m[L]!, targets: m.slice(L + 1) };
}

/** Random network files of a shape, entries from `entry`. */
export const specsOfShape = (s: Shape, entry: fc.Arbitrary<string>): fc.Arbitrary<NetworkSpec> => {
  const n = freeEntries(s);
  return fc.array(entry, { minLength: n, maxLength: n }).map((texts) => specOfShape(s, texts));
};
