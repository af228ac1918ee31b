import { readFileSync } from 'node:fs';
import { InputError } from '../io/input-error.js';
import type { ReproduceOptions, TrialResults } from '../reproduce/options.js';
import { decodeShard } from './file.js';
import type { ShardHeader } from './header.js';
import { describeRange } from './range.js';
import { concatTrials, recordLength, unpackTrials } from './records.js';

interface ShardFile {
  readonly path: string;
  readonly header: ShardHeader;
  readonly body: Float64Array;
}

/** The whole run the shards make up: each setup's trials 0 … T − 1 in order, as one machine gives them. */
export interface MergedRun {
  readonly command: ShardHeader['command'];
  readonly runs: ReproduceOptions[];
  readonly results: TrialResults[];
  /** The shards' wall times, summed. */
  readonly seconds: number;
}

function readShard(path: string): ShardFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as { code?: string }).code ?? (e as Error).message}`);
  }
  return { path, ...decodeShard(text, path) };
}

/** How b's run differs from a's (command, seed, trials or a setup's field), or undefined. */
function difference(a: ShardHeader, b: ShardHeader): string | undefined {
  for (const k of ['command', 'seed', 'trials'] as const) if (a[k] !== b[k]) return `${k} ${a[k]} vs ${b[k]}`;
  if (a.setups.length !== b.setups.length) return `${a.setups.length} setups vs ${b.setups.length}`;
  for (const [n, s] of a.setups.entries())
    for (const [k, v] of Object.entries(s)) {
      const w = b.setups[n]![k as keyof typeof s];
      if (v !== w) return `${a.setups.length > 1 ? `setup ${n + 1}'s ` : ''}${k} ${v} vs ${w}`;
    }
  return undefined;
}

/** Refuses shards of different runs, and ranges that overlap or leave trials out. @throws InputError */
function checkTiling(files: readonly ShardFile[]): ShardFile[] {
  const [a] = files;
  for (const b of files) {
    const d = difference(a!.header, b.header);
    if (d) throw new InputError(`${a!.path} and ${b.path} are shards of different runs: ${d}`);
  }
  const sorted = [...files].sort((x, y) => x.header.from - y.header.from);
  let next = 0;
  for (const [k, f] of sorted.entries()) {
    const { from, to } = f.header;
    if (from < next) throw new InputError(`${f.path} (${describeRange(f.header)}) overlaps ${sorted[k - 1]!.path} (${describeRange(sorted[k - 1]!.header)})`);
    if (from > next) throw new InputError(`no shard holds ${describeRange({ from: next, to: from })} of ${a!.header.trials}`);
    next = to;
  }
  if (next < a!.header.trials) throw new InputError(`no shard holds ${describeRange({ from: next, to: a!.header.trials })} of ${a!.header.trials}`);
  return sorted;
}

/** Reads, checks and joins shard files into the run they split. @throws InputError */
export function mergeShards(paths: readonly string[]): MergedRun {
  if (paths.length === 0) throw new InputError('expected shard files, got none');
  const files = checkTiling(paths.map(readShard));
  const h = files[0]!.header;
  const results = h.setups.map((s, k) => {
    const before = h.setups.slice(0, k).reduce((n, p) => n + recordLength(p.depth), 0);
    return concatTrials(files.map((f) => {
      const n = f.header.to - f.header.from;
      return unpackTrials(s.depth, f.body.subarray(n * before, n * (before + recordLength(s.depth))));
    }));
  });
  return {
    command: h.command, results, seconds: files.reduce((t, f) => t + f.header.seconds, 0),
    runs: h.setups.map((setup) => ({ setup, trials: h.trials, seed: h.seed })),
  };
}
