import { InputError } from './input-error.js';

/** A finite decimal: optional sign, digits with an optional point, optional exponent. */
const FINITE_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads one matrix entry (a JSON number or a decimal string) as decimal text.
 * A JSON number is read as the shortest decimal that round-trips to the same
 * float64 (String(n)); write a decimal string to keep more digits exactly.
 * @throws InputError naming `where` for NaN, ±Infinity, and anything non-numeric.
 */
export function decimalText(value: unknown, where: string): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputError(`${where} is ${value}, not a finite number`);
    return String(value);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (FINITE_DECIMAL.test(text)) return text;
    throw new InputError(`${where} is "${value}", not a finite decimal`);
  }
  throw new InputError(`${where} is ${JSON.stringify(value) ?? String(value)}, not a number`);
}

/** The float64 nearest a decimal text; refuses a decimal beyond float64's range. */
export function floatOf(text: string, where: string): number {
  const x = Number(text);
  if (!Number.isFinite(x)) throw new InputError(`${where} is ${text}, which overflows float64`);
  return x;
}

/** k·10^−places written exactly. */
export function toDecimalText(k: number, places: number): string {
  if (places === 0 || k === 0) return String(k);
  const sign = k < 0 ? '-' : '';
  const digits = String(Math.abs(k)).padStart(places + 1, '0');
  const text = `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, '');
  return sign + text;
}
