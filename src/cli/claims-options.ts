import { readdirSync } from 'node:fs';
import { totalmem } from 'node:os';
import { type ClaimLimits, DEFAULT_LIMITS, MEMORY_LIMIT_RANGE, TIME_LIMIT_RANGE } from '../claims/limits.js';
import { InputError, UsageError } from '../io/input-error.js';
import { numberOption, type OptionTable, optionHelp, parseCommandLine, readNumber } from './args.js';

/**
 * fast-check reads a seed as a 32-bit signed integer (seed | 0). Each check derives seeds
 * seed + k and seed + 7919·look from it (a few checks, ≤ 8 looks), so the top 2¹⁶ values
 * are kept free: a seed in range is never truncated.
 */
export const CLAIMS_SEED_RANGE = { integer: true, min: -(2 ** 31), max: 2 ** 31 - 1 - 2 ** 16 } as const;

const OPTIONS: OptionTable = {
  json: { type: 'boolean', doc: 'print { "claims": [ … ] }' },
  verbose: { type: 'boolean', doc: 'print every check with its counterexample as matrices' },
  only: { type: 'string', value: 'ID,…', doc: 'run only these claims (comma-separated ids, each once)' },
  seed: { type: 'string', value: 'S', doc: 'base seed of every check (default: each claim id hashed); a negative S is written --seed=-5', range: CLAIMS_SEED_RANGE },
  workers: { type: 'string', value: 'K', doc: 'worker processes (default 2, or WHY_ALIGNMENT_CLAIMS_WORKERS)', range: { integer: true, min: 1, max: 16 } },
  dir: { type: 'string', value: 'DIR', doc: 'the ledger directory (default properties/)' },
  'time-limit': { type: 'string', value: 'S', doc: `seconds each claim may run before it is stopped as an error (default: the claim's own limits.seconds, else ${DEFAULT_LIMITS.seconds}); overrides every claim's own`, range: TIME_LIMIT_RANGE },
  'memory-limit': { type: 'string', value: 'MiB', doc: `resident memory of each claim's worker process (default: the claim's own limits.memoryMiB, else ${DEFAULT_LIMITS.memoryMiB}); overrides every claim's own`, range: MEMORY_LIMIT_RANGE },
  worker: { type: 'boolean', doc: 'internal: serve claims to the claim pool over IPC (a worker process)' },
};

export const CLAIMS_HELP: readonly string[] = [
  'Runs the ledger (properties/<id>-<name>.property.test.ts) and prints each claim\'s verdict; exit 1 if one disagrees with its proof.',
  'Verdicts, strongest first: proved (a Coq theorem in proofs/formal/ covers every shape, checked here with no axioms),',
  '  certified (machine certificates at every shape drawn within the stated bounds; --json "scope" says which),',
  '  supported (a statistical bound at the stated confidence), unrefuted (exact search found no counterexample),',
  '  refuted, inconclusive, error. A claim reads as its weakest check.',
  ...optionHelp(OPTIONS),
];

export interface ClaimsOptions {
  /** @defaultValue false */
  readonly json: boolean;
  /** @defaultValue false */
  readonly verbose: boolean;
  /** The claim ids to run, in the order given. @defaultValue undefined (every claim) */
  readonly only?: readonly string[];
  /** @defaultValue undefined (each claim's own seed) */
  readonly seed?: number;
  /** @defaultValue WHY_ALIGNMENT_CLAIMS_WORKERS, else 2 */
  readonly workers: number;
  /** @defaultValue undefined (properties/) */
  readonly dir?: string;
  /** Overrides every claim's limits. @defaultValue {} (each claim's own, else DEFAULT_LIMITS) */
  readonly limits: Partial<ClaimLimits>;
  /** @defaultValue false */
  readonly worker: boolean;
}

/** Reads --only: comma-separated ids, none empty, none twice. @throws UsageError */
function readOnly(text: string): string[] {
  const ids = text.split(',').map((s) => s.trim());
  if (ids.every((id) => id === '')) throw new UsageError('--only is empty; give claim ids, e.g. --only C1,C4');
  const empty = ids.findIndex((id) => id === '');
  if (empty >= 0) throw new UsageError(`--only ${JSON.stringify(text)} has an empty id at position ${empty + 1} (a stray comma?)`);
  const twice = [...new Set(ids.filter((id, k) => ids.indexOf(id) !== k))];
  if (twice.length > 0) throw new UsageError(`--only names ${twice.join(', ')} more than once`);
  return ids;
}

/**
 * The claims command's options, validated before any claim is loaded. With `knownIds`,
 * also refuses ids that name no claim. @throws InputError (one line)
 */
export function claimsOptions(args: string[], knownIds?: readonly string[]): ClaimsOptions {
  const { values } = parseCommandLine(args, OPTIONS);
  const only = values.only === undefined ? undefined : readOnly(values.only as string);
  if (only && knownIds) checkKnown(only, knownIds);
  const seed = values.seed === undefined ? undefined : readNumber(OPTIONS, values, 'seed', 0);
  const env = process.env.WHY_ALIGNMENT_CLAIMS_WORKERS;
  const workers = readNumber(OPTIONS, values, 'workers', env === undefined ? 2 : numberOption('workers (WHY_ALIGNMENT_CLAIMS_WORKERS)', env, 2, OPTIONS.workers!.range));
  if (values.dir === '') throw new UsageError('--dir is empty; give the ledger directory');
  const seconds = values['time-limit'] === undefined ? undefined : readNumber(OPTIONS, values, 'time-limit', 0);
  const memoryMiB = values['memory-limit'] === undefined ? undefined : readNumber(OPTIONS, values, 'memory-limit', 0);
  const machine = Math.floor(totalmem() / 2 ** 20);
  if (memoryMiB !== undefined && memoryMiB > machine) throw new UsageError(`--memory-limit ${memoryMiB} is more than this machine's memory (${machine} MiB)`);
  const limits = { ...(seconds === undefined ? {} : { seconds }), ...(memoryMiB === undefined ? {} : { memoryMiB }) };
  if (values.dir !== undefined) checkLedgerDir(values.dir as string);
  return { json: values.json === true, verbose: values.verbose === true, only, seed, workers, dir: values.dir as string | undefined, limits, worker: values.worker === true };
}

/** Refuses a --dir that is no folder or holds no claim file (<id>-<name>.property.test.ts). @throws InputError */
function checkLedgerDir(dir: string): void {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch (e) {
    throw new InputError(`--dir ${dir}: cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!files.some((f) => f.endsWith('.property.test.ts'))) throw new InputError(`--dir ${dir} holds no claim file (<ID>-<name>.property.test.ts)`);
}

/** Refuses ids that name no claim, naming them and the known ones. @throws UsageError */
export function checkKnown(only: readonly string[], knownIds: readonly string[]): void {
  const unknown = only.filter((id) => !knownIds.includes(id));
  if (unknown.length > 0) throw new UsageError(`--only: no claim ${unknown.join(', ')} (the claims: ${knownIds.join(', ')})`);
}

