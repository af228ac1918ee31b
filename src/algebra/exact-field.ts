import { Decimal } from 'decimal.js';
import type { Field } from './field.js';

/** Thrown when an exact result would need more significant digits than allowed. */
export class ExactnessError extends Error {
  override readonly name = 'ExactnessError';
}

export interface ExactFieldOptions {
  /**
   * Significant digits an intermediate may have. Every operation checks, before
   * computing, that its exact result fits; otherwise it throws ExactnessError.
   * @defaultValue 10000
   */
  precision?: number;
}

/** Position of the least significant nonzero digit: d = m·10^lsd with m an integer. */
function lsd(d: Decimal): number {
  return d.e - d.sd() + 1;
}

/**
 * Digits of the exact a+b: from 10^(max(e_a,e_b)+1) (a possible carry) down to
 * 10^min(lsd_a, lsd_b). If this fits in the precision, decimal.js cannot round.
 */
export function digitsOfSum(a: Decimal, b: Decimal): number {
  if (a.isZero() || b.isZero()) return Math.max(a.sd(), b.sd());
  return Math.max(a.e, b.e) + 1 - Math.min(lsd(a), lsd(b)) + 1;
}

/** Digits of the exact a·b: integer mantissas of p and q digits multiply to ≤ p+q digits. */
export function digitsOfProduct(a: Decimal, b: Decimal): number {
  return a.sd() + b.sd();
}

/**
 * Exact decimal arithmetic on decimal.js. decimal.js rounds every result to
 * `precision` significant digits; each operation here first bounds the digits of
 * its exact result (digitsOfSum, digitsOfProduct) and throws if the bound exceeds
 * the precision, so a returned value is never rounded.
 */
export function exactField(options: ExactFieldOptions = {}): Field<Decimal> {
  const precision = options.precision ?? 10000;
  const D = Decimal.clone({ precision, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
  const guard = (digits: number, op: string): void => {
    if (digits > precision) {
      throw new ExactnessError(`exact ${op} would need ${digits} significant digits (precision ${precision})`);
    }
  };
  const zero = new D(0);
  return {
    kind: 'exact',
    zero,
    one: new D(1),
    add: (a, b) => (guard(digitsOfSum(a, b), 'sum'), a.plus(b)),
    sub: (a, b) => (guard(digitsOfSum(a, b), 'difference'), a.minus(b)),
    mul: (a, b) => (guard(digitsOfProduct(a, b), 'product'), a.times(b)),
    neg: (a) => a.negated(),
    isPositive: (a) => a.isPositive() && !a.isZero(),
    isZero: (a) => a.isZero(),
    parse: (text) => {
      const d = new D(text);
      guard(d.sd(), 'input');
      return d.isZero() ? zero : d;
    },
    format: (a) => (a.isZero() ? '0' : a.toFixed()),
    toNumber: (a) => a.toNumber(),
  };
}
