import { trialsProgress } from '../cli/trials-progress.js';
import { buildInfo } from '../build-info.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import { engineCosines } from '../reproduce/pair-cosines.js';
import { runBlockRange } from '../reproduce/parallel.js';
import { trialCosines } from '../reproduce/run-trials.js';
import { encodeShard } from './file.js';
import { SHARD_FORMAT, SHARD_VERSION, type ShardHeader } from './header.js';
import { describeRange, type Shard, shardRange } from './range.js';
import { packCosines, packStats, setupLength, shardLayout } from './records.js';

/** Where a shard goes and what it is of; runs are the setups of one command, sharing trials and seed. */
export interface ShardJob {
  readonly command: ShardHeader['command'];
  readonly runs: readonly ReproduceOptions[];
  readonly shard: Shard;
  readonly path: string;
  /** Report the shard as JSON on stdout. @defaultValue false */
  readonly json?: boolean;
}

/**
 * One setup's part of a shard of [from, to): the sums of the whole blocks inside it (on
 * `workers` threads, blocks numbered over the whole run), then the cosines of its other
 * trials, on this thread. Trial t is drawn from seed S + t, as the unsharded run draws it.
 */
async function runSetup(o: ReproduceOptions, from: number, to: number, workers: number, onTrial: () => void): Promise<Float64Array> {
  const L = o.setup.depth;
  const l = shardLayout(o.trials, L, from, to);
  const out = new Float64Array(setupLength(l, L));
  let at = 0;
  for (const s of await runBlockRange(o, l.bounds, l.firstBlock, Math.max(l.firstBlock, l.endBlock), workers, onTrial)) at = packStats(s, out, at);
  const cosines = engineCosines(o.kernel);
  for (const t of l.partial) (at = packCosines(trialCosines(o, t, cosines), out, at)), onTrial();
  return out;
}

/**
 * Runs this shard's trials [from, to) of every run and writes what merge needs of them, with the
 * build that made them. The file is written beside its path and renamed into place (writeFileAtomic),
 * so a killed job or a full disk leaves no partial shard under the final name.
 */
export async function runShard(job: ShardJob, workers: number, onTrial: () => void = () => {}): Promise<ShardHeader> {
  const first = job.runs[0]!;
  const range = shardRange(job.shard, first.trials);
  const start = performance.now();
  const bodies: Float64Array[] = [];
  for (const o of job.runs) bodies.push(await runSetup(o, range.from, range.to, workers, onTrial));
  const header: ShardHeader = {
    format: SHARD_FORMAT, version: SHARD_VERSION, command: job.command, seed: first.seed, trials: first.trials,
    from: range.from, to: range.to, shard: `${job.shard.index}/${job.shard.count}`,
    setups: job.runs.map((o) => o.setup), inits: job.runs.map((o) => o.init ?? 'custom'), seconds: (performance.now() - start) / 1000, build: buildInfo(),
  };
  const body = new Float64Array(bodies.reduce((n, b) => n + b.length, 0));
  bodies.reduce((at, b) => (body.set(b, at), at + b.length), 0);
  writeFileAtomic(job.path, encodeShard(header, body), `--shard-out ${job.path}`);
  return header;
}

/**
 * What `--shard` does in place of the unsharded run: runs the shard, then reports it, as
 * one line on stderr, or with --json as {"wrote": path, …header} on stdout.
 */
export async function shardCommand(job: ShardJob, workers: number): Promise<void> {
  const { from, to } = shardRange(job.shard, job.runs[0]!.trials);
  const progress = trialsProgress(`${job.command} shard ${job.shard.index}/${job.shard.count}`, job.runs, workers, job.runs.map(() => to - from));
  const h = await runShard(job, workers, () => progress.tick()).finally(() => progress.end());
  if (job.json) process.stdout.write(`${JSON.stringify({ wrote: job.path, ...h }, null, 2)}\n`);
  else process.stderr.write(`wrote ${job.path}: shard ${h.shard}, ${describeRange(h)} of ${h.trials} (seed ${h.seed}), ${h.setups.length === 1 ? 'one setup' : `${h.setups.length} setups`}\n`);
}
