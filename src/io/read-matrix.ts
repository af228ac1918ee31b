import { decimalText } from './decimal-text.js';
import { InputError } from './input-error.js';
import { count } from './plural.js';

/** A validated matrix of decimal texts; `vector` when it was written as a flat array. */
export interface MatrixText {
  readonly rows: string[][];
  readonly vector: boolean;
}

export const rowCount = (m: MatrixText): number => m.rows.length;
export const colCount = (m: MatrixText): number => m.rows[0]!.length;

/**
 * Reads a JSON value as a matrix: an array of rows (each an array of entries), or,
 * when `allowVector`, a flat array of entries read as one column.
 * @throws InputError naming the path `where` for empty, ragged or non-numeric input.
 */
export function readMatrix(value: unknown, where: string, allowVector: boolean): MatrixText {
  if (!Array.isArray(value)) throw new InputError(`${where} is ${describe(value)}, not an array`);
  if (value.length === 0) throw new InputError(`${where} is empty`);
  const nested = value.map(Array.isArray);
  if (nested.every((x) => !x)) {
    if (!allowVector) throw new InputError(`${where} must be an array of rows, not a flat array`);
    return { rows: value.map((v, k) => [decimalText(v, `${where}[${k}]`)]), vector: true };
  }
  const flat = nested.indexOf(false);
  if (flat >= 0) throw new InputError(`${where}[${flat}] is ${describe(value[flat])}, but ${where}[0] is a row`);
  const rows = value as unknown[][];
  const width = rows[0]!.length;
  rows.forEach((row, r) => {
    if (row.length === 0) throw new InputError(`${where}[${r}] is an empty row`);
    if (row.length !== width) {
      throw new InputError(`${where}[${r}] has ${count(row.length, 'entry', 'entries')}, ${where}[0] has ${width} (ragged rows)`);
    }
  });
  return { rows: rows.map((row, r) => row.map((v, c) => decimalText(v, `${where}[${r}][${c}]`))), vector: false };
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
