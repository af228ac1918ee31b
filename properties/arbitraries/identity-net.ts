import fc from 'fast-check';
import type { ActivationName } from '../../src/activation.js';
import { simpleEntry } from '../../src/certify/entries.js';
import { decimalEntrySetSize } from './decimal-entry.js';
import { networkWithShape, type Sample, sampleOf, withZeroTargets } from './network-spec.js';

export type ShapeList = readonly (readonly [widths: readonly number[], batch: number])[];

export interface IdentityNetConstraints {
  /**
   * Shapes as [widths, batch], smallest first: each gets its share of the runs.
   * @defaultValue IDENTITY_SHAPES
   */
  shapes?: ShapeList;
  /** @defaultValue 'linear' */
  activation?: ActivationName;
  /** Every target fixed at 0. @defaultValue false */
  zeroTargets?: boolean;
}

/** Depths 1–4, widths 1–4, one sample or batches of 1–3; the scalar nets first. */
export const IDENTITY_SHAPES: ShapeList = [
  [[1, 1], 0], [[1, 1, 1], 0], [[2, 3], 0], [[1, 3, 1, 2], 1], [[2, 3, 2], 2], [[4, 3, 2], 0], [[3, 2, 3, 1], 0], [[2, 2, 2, 2, 2], 3],
];

/** Two-layer nets with one sample, as in the note's worked example (s_1 = w_1 x, s_2 = w_2 s_1). */
export const TWO_LAYER_SHAPES: ShapeList = [
  [[1, 1, 1], 0], [[1, 2, 1], 0], [[2, 3, 2], 0], [[3, 2, 1], 0], [[2, 2, 3], 0], [[4, 3, 2], 0], [[3, 3, 3], 0], [[2, 4, 4], 0],
];

/** Batches of 2–3 samples, depths 2–3, the hidden widths ≥ 2 where batch effects live. */
export const BATCH_SHAPES: ShapeList = [
  [[1, 2, 1], 2], [[2, 2, 1], 2], [[2, 2, 2], 2], [[2, 2, 2], 3], [[1, 2, 2, 1], 2], [[3, 2, 2], 3], [[2, 3, 2, 2], 2], [[3, 3, 3], 3],
];

/** One sample (a vector input), depths 1–4. */
export const ONE_SAMPLE_SHAPES: ShapeList = [
  [[1, 1, 1], 0], [[1, 2, 1], 0], [[2, 3, 2], 0], [[1, 3, 1, 2], 0], [[4, 3, 2], 0], [[3, 2, 3, 1], 0], [[2, 2, 2, 2, 2], 0], [[2, 4, 4], 0],
];

/** S = { k/100 : |k| ≤ 1000 }: entries from −10 to 10 in steps of 0.01. */
const PLACES = 2;
const MAX_ABS = 10;
export const IDENTITY_SET_SIZE = decimalEntrySetSize({ places: PLACES, maxAbs: MAX_ABS });

/**
 * Networks for exact search, one arbitrary per shape (smallest first): every entry from S,
 * |S| = IDENTITY_SET_SIZE, with a fair sign and a uniform magnitude (no bias). The runner gives
 * each shape its share of runs and stops at the first failing shape, so a counterexample is on
 * the smallest shape that fails, its entries shrunk, sign kept, towards simple magnitudes
 * (0, 1, 2, 1/2, 3, …).
 */
export function identityNets(constraints: IdentityNetConstraints = {}): fc.Arbitrary<Sample>[] {
  const entry = fc.noBias(simpleEntry());
  return (constraints.shapes ?? IDENTITY_SHAPES).map(([widths, batch]) =>
    networkWithShape({ activation: constraints.activation ?? 'linear', widths, batch }, entry).map((spec) => sampleOf(constraints.zeroTargets ? withZeroTargets(spec) : spec)));
}
