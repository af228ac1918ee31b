import type { BuildInfo } from '../build-info.js';
import { gemmBits } from '../engine/gemm-env.js';
import { readBounded } from '../io/read-bounded.js';
import { InputError } from '../io/input-error.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { addTrial, emptyStats, mergeStats, type TrialStats } from '../reproduce/trial-stats.js';
import { decodeShard, shardSize } from './file.js';
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
  /** What made the shards: each field's values, joined by '+' where shards differ (native+fma). */
  readonly build: Record<keyof BuildInfo, string>;
}

function readShard(path: string): ShardFile {
  return { path, ...decodeShard(readBounded(path, path, (head) => shardSize(head, path)), path) };
}

/** How b's build differs from a's in what merge cannot mix: the gemm's bits (native = fma) or the tool's version. */
function buildDifference(a: BuildInfo, b: BuildInfo): string | undefined {
  if (gemmBits(a.gemm) !== gemmBits(b.gemm)) return `different gemm builds: ${a.gemm} vs ${b.gemm} (their sums differ in the last bits; run every shard with the same WHY_ALIGNMENT_GEMM)`;
  if (a.tool !== b.tool) return `different why-alignment versions: ${a.tool} vs ${b.tool}`;
  return undefined;
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
    const build = buildDifference(a!.header.build, b.header.build);
    if (build) throw new InputError(`${a!.path} and ${b.path} were made by ${build}`);
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
    command: h.command, results, seconds: files.reduce((t, f) => t + f.header.seconds, 0), build: joinBuilds(files.map((f) => f.header.build)),
    runs: h.setups.map((setup, k) => ({ setup, init: h.inits[k], trials: h.trials, seed: h.seed })),
  };
}

/** Each field's distinct values, in first-seen order, joined by '+'. */
function joinBuilds(builds: readonly BuildInfo[]): Record<keyof BuildInfo, string> {
  const join = (k: keyof BuildInfo) => [...new Set(builds.map((b) => b[k]))].join('+');
  return { gemm: join('gemm'), tool: join('tool'), node: join('node') };
}
