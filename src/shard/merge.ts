import { readFileSync } from 'node:fs';
import { InputError } from '../io/input-error.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { addTrial, emptyStats, mergeStats, type TrialStats } from '../reproduce/trial-stats.js';
import { decodeShard } from './file.js';
import { setupLengths, type ShardHeader } from './header.js';
import { describeRange } from './range.js';
import { cosineLength, type ShardLayout, shardLayout, statsLength, unpackCosines, unpackStats } from './records.js';

interface ShardFile {
  readonly path: string;
  readonly header: ShardHeader;
  readonly body: Float64Array;
}

/** The whole run the shards make up: each setup's trials 0 … T − 1 in order, as one machine gives them. */
export interface MergedRun {
  readonly command: ShardHeader['command'];
  readonly runs: ReproduceOptions[];
  readonly results: TrialStats[];
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
  const init = a.inits.findIndex((v, n) => v !== b.inits[n]);
  if (init >= 0) return `${a.setups.length > 1 ? `setup ${init + 1}'s ` : ''}init ${a.inits[init]} vs ${b.inits[init]}`;
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

/** One shard's part for one setup: its layout and where that part starts in its body. */
interface Part {
  readonly layout: ShardLayout;
  readonly from: number;
  readonly to: number;
  readonly body: Float64Array;
  readonly at: number;
}

/**
 * Block k's sums: a shard's own when it holds the whole block, else the block's trials'
 * cosines summed in trial order (addTrial), exactly as runBlocks sums them.
 */
function blockStats(parts: readonly Part[], L: number, k: number): TrialStats {
  const whole = parts.find((p) => p.layout.firstBlock <= k && k < p.layout.endBlock);
  if (whole) return unpackStats(L, whole.body, whole.at + (k - whole.layout.firstBlock) * statsLength(L));
  const s = emptyStats(L);
  const { bounds } = parts[0]!.layout;
  for (let t = bounds[k]!; t < bounds[k + 1]!; t++) {
    const p = parts.find((q) => q.from <= t && t < q.to)!;
    const wholeBlocks = Math.max(0, p.layout.endBlock - p.layout.firstBlock);
    const head = wholeBlocks > 0 ? bounds[p.layout.firstBlock]! - p.from : p.to - p.from; // partial = [from, from + head) then [b_end, to)
    const n = t - p.from < head ? t - p.from : head + t - bounds[p.layout.endBlock]!;
    addTrial(s, unpackCosines(L, p.body, p.at + wholeBlocks * statsLength(L) + n * cosineLength(L)));
  }
  return s;
}

/** Reads, checks and joins shard files into the sums of the run they split. @throws InputError */
export function mergeShards(paths: readonly string[]): MergedRun {
  if (paths.length === 0) throw new InputError('expected shard files, got none');
  const files = checkTiling(paths.map(readShard));
  const h = files[0]!.header;
  const offsets = files.map((f) => setupLengths(f.header).reduce((acc, n) => [...acc, acc.at(-1)! + n], [0]));
  const results = h.setups.map((s, k) => {
    const L = s.depth;
    const parts = files.map((f, n) => ({ layout: shardLayout(h.trials, L, f.header.from, f.header.to), from: f.header.from, to: f.header.to, body: f.body, at: offsets[n]![k]! }));
    const blocks = parts[0]!.layout.bounds.length - 1;
    return Array.from({ length: blocks }, (_, b) => blockStats(parts, L, b)).reduce(mergeStats);
  });
  return {
    command: h.command, results, seconds: files.reduce((t, f) => t + f.header.seconds, 0),
    runs: h.setups.map((setup, k) => ({ setup, init: h.inits[k], trials: h.trials, seed: h.seed })),
  };
}
