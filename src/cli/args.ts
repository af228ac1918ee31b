import { InputError } from '../io/input-error.js';

/** Parses an option's value as a number with a range check; one-line error naming the option. */
export function numberOption(
  name: string, value: string | undefined, fallback: number, check: { integer?: boolean; min?: number; max?: number; above?: number } = {},
): number {
  if (value === undefined) return fallback;
  const x = Number(value);
  const bad =
    value.trim() === '' || !Number.isFinite(x) || (check.integer && !Number.isSafeInteger(x)) ||
    (check.min !== undefined && x < check.min) || (check.max !== undefined && x > check.max) || (check.above !== undefined && x <= check.above);
  if (bad) throw new InputError(`--${name} must be ${describeRange(check)}, got ${value}`);
  return x;
}

function describeRange(check: { integer?: boolean; min?: number; max?: number; above?: number }): string {
  const kind = check.integer ? 'an integer' : 'a finite number';
  if (check.min !== undefined && check.max !== undefined) return `${kind} from ${check.min} to ${check.max}`;
  if (check.min !== undefined) return `${kind} ≥ ${check.min}`;
  if (check.above !== undefined) return `${kind} > ${check.above}`;
  return kind;
}
