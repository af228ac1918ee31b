import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OptionTable } from '../cli/args.js';
import { InputError } from '../io/input-error.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import type { ShardHeader } from './header.js';
import { parseShard, type Shard, shardRange } from './range.js';
import { setupLength, shardLayout } from './records.js';
import { checkFreeSpace } from '../io/atomic-write.js';
import type { ShardJob } from './run.js';

/** The options reproduce and sweep add for sharding. */
export const SHARD_OPTIONS: OptionTable = {
  shard: { type: 'string', value: 'I/N', doc: 'run only shard I of N (1 ≤ I ≤ N ≤ T): trials ⌊(I−1)T/N⌋ to ⌊IT/N⌋ − 1, written to a shard file for `merge`' },
  'shard-out': { type: 'string', value: 'FILE', doc: 'the shard file (default COMMAND-I-of-N.shard)' },
};

/** A shard's size: its doubles in base64 (4/3 × 8 bytes each) and a header (≤ 64 KiB). */
function shardBytes(runs: readonly ReproduceOptions[], shard: Shard): number {
  const { from, to } = shardRange(shard, runs[0]!.trials);
  const doubles = runs.reduce((n, o) => n + setupLength(shardLayout(o.trials, o.setup.depth, from, to), o.setup.depth), 0);
  return Math.ceil((doubles * 8 * 4) / 3) + 2 ** 16;
}

/** Refuses a path a shard cannot be written to, or too little free space for it, before any trial runs. @throws InputError */
function checkWritable(path: string, bytes: number): void {
  const dir = dirname(path);
  const stat = (p: string) => statSync(p, { throwIfNoEntry: false });
  if (path === '' || path.endsWith('/')) throw new InputError(`--shard-out "${path}" names no file`);
  if (!stat(dir)?.isDirectory()) throw new InputError(`--shard-out ${path}: ${dir} is not a directory`);
  if (stat(path)?.isDirectory()) throw new InputError(`--shard-out ${path} is a directory`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(`--shard-out ${path}: ${dir} is not writable`);
  }
  checkFreeSpace(dir, bytes, `--shard-out ${path}`);
}

/**
 * The shard job `--shard I/N [--shard-out FILE]` asks for, or undefined without --shard.
 * FILE defaults to COMMAND-I-of-N.shard. --out (plots) belongs to merge. @throws InputError
 */
export function readShardJob(
  values: Record<string, string | boolean | undefined>, command: ShardHeader['command'], runs: readonly ReproduceOptions[],
): ShardJob | undefined {
  const text = values.shard as string | undefined;
  if (text === undefined) {
    if (values['shard-out'] !== undefined) throw new InputError('--shard-out needs --shard I/N');
    return undefined;
  }
  const shard = parseShard(text, runs[0]!.trials);
  if (values.out !== undefined) throw new InputError('--out goes to merge: a shard has too few trials to plot');
  const path = (values['shard-out'] as string | undefined) ?? `${command}-${shard.index}-of-${shard.count}.shard`;
  checkWritable(path, shardBytes(runs, shard));
  return { command, runs, shard, path, json: values.json === true };
}
