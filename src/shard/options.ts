import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OptionTable } from '../cli/args.js';
import { InputError } from '../io/input-error.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import type { ShardHeader } from './header.js';
import { parseShard } from './range.js';
import type { ShardJob } from './run.js';

/** The options reproduce and sweep add for sharding. */
export const SHARD_OPTIONS: OptionTable = {
  shard: { type: 'string', value: 'I/N', doc: 'run only shard I of N (1 ≤ I ≤ N ≤ T): trials ⌊(I−1)T/N⌋ to ⌊IT/N⌋ − 1, written to a shard file for `merge`' },
  'shard-out': { type: 'string', value: 'FILE', doc: 'the shard file (default COMMAND-I-of-N.shard)' },
};

/** Refuses a path a shard cannot be written to, before any trial runs. @throws InputError */
function checkWritable(path: string): void {
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
  checkWritable(path);
  return { command, runs, shard, path, json: values.json === true };
}
