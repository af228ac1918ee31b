import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../io/input-error.js';
import type { NumberRange } from '../io/number-range.js';

export type { NumberRange };

/** One command-line option: its parseArgs type, a placeholder, a help line, and a range for numbers. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Placeholder in help, e.g. "T". */
  readonly value?: string;
  readonly doc: string;
  readonly range?: NumberRange;
}

export type OptionTable = Record<string, OptionSpec>;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** "an integer from 2 to 1000", "a number > 0 and ≤ 1000000", … */
export function describeRange(r: NumberRange): string {
  const kind = r.integer ? 'an integer' : 'a number';
  const lower = r.min !== undefined ? `≥ ${r.min}` : r.above !== undefined ? `> ${r.above}` : undefined;
  if (r.min !== undefined && r.max !== undefined) return `${kind} from ${r.min} to ${r.max}`;
  if (lower && r.max !== undefined) return `${kind} ${lower} and ≤ ${r.max}`;
  if (lower) return `${kind} ${lower}`;
  if (r.max !== undefined) return `${kind} ≤ ${r.max}`;
  return r.integer ? 'an integer' : 'a finite number';
}

/** Parses an option's value strictly, with its range; one-line error naming the option and the range. */
export function numberOption(name: string, value: string | undefined, fallback: number, r: NumberRange = {}): number {
  if (value === undefined) return fallback;
  const x = Number(value);
  const bad =
    !PLAIN_DECIMAL.test(value) || !Number.isFinite(x) || (r.integer && !Number.isSafeInteger(x)) ||
    (r.min !== undefined && x < r.min) || (r.max !== undefined && x > r.max) || (r.above !== undefined && x <= r.above);
  if (bad) throw new InputError(`--${name} must be ${describeRange(r)}, got ${JSON.stringify(value)}`);
  return x;
}

/** A number option read through its table entry (so help and check share one range). */
export function readNumber(table: OptionTable, values: Record<string, unknown>, name: string, fallback: number): number {
  if (values[name] === undefined) return fallback;
  const spec = table[name];
  if (!spec?.range) throw new Error(`option --${name} has no range in its table`);
  return numberOption(name, values[name] as string | undefined, fallback, spec.range);
}

/**
 * parseArgs, strict, over an option table; positionals only when allowed. Errors are ERR_PARSE_ARGS_*;
 * an option given twice (`--seed 1 --seed 2`, `--json --json`) is refused. @throws UsageError
 */
export function parseCommandLine(args: string[], table: OptionTable, allowPositionals = false) {
  const options = Object.fromEntries(Object.entries(table).map(([k, s]) => [k, { type: s.type }]));
  const { values, positionals, tokens } = parseArgs({ args, options, allowPositionals, strict: true, tokens: true });
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} is given twice; give it once`);
    seen.add(t.name);
  }
  return { values, positionals } as { values: Record<string, string | boolean | undefined>; positionals: string[] };
}

/** Help lines for an option table: "--name V   doc (range)". */
export function optionHelp(table: OptionTable): string[] {
  const heads = Object.entries(table).map(([k, s]) => `--${k}${s.type === 'string' ? ` ${s.value ?? 'X'}` : ''}`);
  const w = Math.max(...heads.map((h) => h.length));
  return Object.values(table).map((s, k) => `  ${heads[k]!.padEnd(w)}  ${s.doc}${s.range ? ` (${describeRange(s.range)})` : ''}`);
}
