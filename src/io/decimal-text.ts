import { InputError } from './input-error.js';

/** A finite decimal as JSON writes numbers: optional '-', digits, optional '.digits', optional exponent. */
const FINITE_DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

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
    if (FINITE_DECIMAL.test(value)) {
      if (Math.abs(Number(value.split(/[eE]/)[1] ?? 0)) > 1e15) throw new InputError(`${where} has an exponent beyond ±10^15`);
      return value;
    }
    throw new InputError(`${where} is ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}, not a finite decimal (digits, optional '-', '.digits' and exponent; no spaces)`);
  }
  throw new InputError(`${where} is ${describeValue(value)}, not a number`);
}

/** A short description of a non-numeric JSON value (never its whole text, which may be huge or deep). */
function describeValue(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** The float64 nearest a decimal text; refuses a decimal beyond float64's range, or a nonzero one that rounds to 0. */
export function floatOf(text: string, where: string): number {
  const x = Number(text);
  if (!Number.isFinite(x)) throw new InputError(`${where} is ${text}, which overflows float64`);
  if (x === 0 && /[1-9]/.test(text.split(/[eE]/)[0]!)) throw new InputError(`${where} is ${text}, which underflows float64 to 0; use --exact`);
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
