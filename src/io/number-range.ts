/**
 * A numeric option's documented range. A value is accepted when it is written as a plain
 * decimal (optional '-', digits, optional fraction and exponent: no hex, no whitespace, no '+'),
 * is finite, and lies in the range.
 */
export interface NumberRange {
  /** Must be a safe integer. @defaultValue false */
  readonly integer?: boolean;
  /** Smallest allowed value (inclusive). */
  readonly min?: number;
  /** Largest allowed value (inclusive). */
  readonly max?: number;
  /** Exclusive lower bound, e.g. 0 for "> 0". */
  readonly above?: number;
}
