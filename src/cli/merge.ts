import { parseArgs } from 'node:util';
import { InputError } from '../io/input-error.js';
import { summarize } from '../reproduce/summary.js';
import { mergeShards } from '../shard/merge.js';
import type { Command } from './main.js';
import { printSummary } from './reproduce.js';
import { printSweep } from './sweep.js';

/**
 * merge SHARD…: joins the shards of a `reproduce --shard` or `sweep --shard` run and prints
 * what the unsharded run prints (its "seconds" is the shards' summed wall time).
 */
export const mergeCommand: Command = {
  summary: 'merge SHARD… [--json] [--out DIR]',
  run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, out: { type: 'string' } } });
    const merged = mergeShards(positionals);
    if (merged.command === 'sweep' && values.out !== undefined) throw new InputError('--out writes reproduce plots; these are sweep shards');
    const rows = merged.runs.map((o, k) => summarize(o, merged.results[k]!, merged.seconds));
    if (merged.command === 'reproduce') printSummary(rows[0]!, values);
    else printSweep(rows, merged.runs[0]!.trials, merged.runs[0]!.seed, values.json);
  },
};
