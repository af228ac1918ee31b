import fc from 'fast-check';
import { toDecimalText } from '../../src/io/decimal-text.js';

export interface DecimalEntryConstraints {
  /**
   * Digits after the decimal point.
   * @defaultValue 1
   */
  places?: number;
  /**
   * Largest absolute value.
   * @defaultValue 3
   */
  maxAbs?: number;
}

/**
 * A finite decimal k / 10^places with |k / 10^places| ≤ maxAbs, as decimal text
 * ("-0.3", "2"). Shrinks towards "0", then towards fewer digits.
 * With places = p and maxAbs = a it is drawn from a set of 2·a·10^p + 1 values.
 */
export function decimalEntry(constraints: DecimalEntryConstraints = {}): fc.Arbitrary<string> {
  const places = constraints.places ?? 1;
  const maxAbs = constraints.maxAbs ?? 3;
  const scale = 10 ** places;
  const bound = Math.round(maxAbs * scale);
  return fc.integer({ min: -bound, max: bound }).map((k) => toDecimalText(k, places));
}

/** Size of the set decimalEntry draws from. */
export function decimalEntrySetSize(constraints: DecimalEntryConstraints = {}): number {
  return 2 * Math.round((constraints.maxAbs ?? 3) * 10 ** (constraints.places ?? 1)) + 1;
}

export { toDecimalText } from '../../src/io/decimal-text.js';
