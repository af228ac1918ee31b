import fc from 'fast-check';
import type { ActivationName } from '../../src/activation.js';
import { formatNetwork } from '../../src/io/format-network.js';
import type { Sample } from '../../src/lang/claim.js';
import type { NetworkSpec } from '../../src/io/network-file.js';
import type { MatrixText } from '../../src/io/read-matrix.js';
import { decimalEntry, type DecimalEntryConstraints } from './decimal-entry.js';

export interface NetworkSpecConstraints {
  /** @defaultValue 1 */
  minDepth?: number;
  /** @defaultValue 5 */
  maxDepth?: number;
  /** Widths of every layer, input included. @defaultValue 1 */
  minWidth?: number;
  /** @defaultValue 6 */
  maxWidth?: number;
  /** Samples; 0 means one sample written as a vector. @defaultValue 0 */
  minBatch?: number;
  /** @defaultValue 4 */
  maxBatch?: number;
  /** @defaultValue ['linear', 'relu', 'tanh'] */
  activations?: readonly ActivationName[];
  /** Entries of weights, input and targets. @defaultValue {} (see decimalEntry) */
  entries?: DecimalEntryConstraints;
  /** Every target fixed at 0. @defaultValue false */
  zeroTargets?: boolean;
}

/** A network's shape: activation, widths width_0 … width_L, batch (0 = one sample as a vector). */
export interface NetworkShape {
  readonly activation: ActivationName;
  readonly widths: readonly number[];
  readonly batch: number;
}

const matrixText = (rows: number, cols: number, entry: fc.Arbitrary<string>, vector: boolean): fc.Arbitrary<MatrixText> =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })
    .map((r) => ({ rows: r, vector }));

export type { Sample };

/** The same network with every target entry 0. */
export const withZeroTargets = (spec: NetworkSpec): NetworkSpec =>
  ({ ...spec, targets: spec.targets.map((t) => ({ ...t, rows: t.rows.map((r) => r.map(() => '0')) })) });

/** A value a claim runs on: the network, shown as aligned matrices in fast-check's reports. */
export const sampleOf = (spec: NetworkSpec): Sample => displayed({ spec }, spec);

/** Attaches fast-check's toStringMethod: the network as aligned matrices. */
function displayed<T extends object>(value: T, spec: NetworkSpec): T {
  return Object.defineProperty(value, fc.toStringMethod, { value: () => `\n${formatNetwork(spec)}`, enumerable: false });
}

/** Random entries for a fixed shape. */
export function networkWithShape(shape: NetworkShape, entry: fc.Arbitrary<string>): fc.Arbitrary<NetworkSpec> {
  const { activation, widths, batch } = shape;
  const n = Math.max(batch, 1);
  const layers = widths.slice(1).map((w, k) => ({ rows: w, cols: widths[k]! }));
  return fc
    .record({
      activation: fc.constant(activation),
      weights: fc.tuple(...layers.map((l) => matrixText(l.rows, l.cols, entry, false))),
      input: matrixText(widths[0]!, n, entry, batch === 0),
      targets: fc.tuple(...layers.map((l) => matrixText(l.rows, n, entry, batch === 0))),
    })
    .map((spec) => displayed({ ...spec }, spec));
}

/**
 * A random valid network file: depth L, widths width_0 … width_L, batch n (0 = one
 * sample as a vector), small finite decimal entries. Shrinks to fewer, narrower
 * layers and to zero entries, so a counterexample can be read by hand.
 */
export function networkSpec(constraints: NetworkSpecConstraints = {}): fc.Arbitrary<NetworkSpec> {
  const c = { minDepth: 1, maxDepth: 5, minWidth: 1, maxWidth: 6, minBatch: 0, maxBatch: 4, ...constraints };
  const width = fc.integer({ min: c.minWidth, max: c.maxWidth });
  return fc
    .record({
      activation: fc.constantFrom(...(constraints.activations ?? (['linear', 'relu', 'tanh'] as const))),
      widths: fc.array(width, { minLength: c.minDepth + 1, maxLength: c.maxDepth + 1 }),
      batch: fc.integer({ min: c.minBatch, max: c.maxBatch }),
    })
    .chain((shape) => networkWithShape(shape, decimalEntry(constraints.entries)))
    .map((spec) => (constraints.zeroTargets ? withZeroTargets(spec) : spec));
}
