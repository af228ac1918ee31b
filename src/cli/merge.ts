import { InputError } from '../io/input-error.js';
import { summarize } from '../reproduce/summary.js';
import { mergeShards } from '../shard/merge.js';
import { type OptionTable, optionHelp, parseCommandLine } from './args.js';
import type { Command } from './main.js';
import { prepareOutDir } from '../io/out-dir.js';
import { PLOT_BYTES } from './plots.js';
import { printSummary } from './reproduce.js';
import { printSweep } from './sweep.js';

const OPTIONS: OptionTable = {
  json: { type: 'boolean', doc: 'print JSON, as the unsharded run does' },
  out: { type: 'string', value: 'DIR', doc: 'write gap-cosine.svg and heatmap.svg into DIR (reproduce shards)' },
};

/**
 * merge SHARD…: joins the shards of a `reproduce --shard` or `sweep --shard` run and prints
 * what the unsharded run prints (its "seconds" is the shards' summed wall time).
 */
export const mergeCommand: Command = {
  summary: 'merge SHARD… [--json] [--out DIR]',
  help: ['Joins the shard files of a `reproduce --shard I/N` or `sweep --shard I/N` run and prints what the unsharded run prints.', ...optionHelp(OPTIONS)],
  run(args) {
    const { values, positionals } = parseCommandLine(args, OPTIONS, true);
    const out = values.out as string | undefined;
    const merged = mergeShards(positionals);
    if (merged.command === 'sweep' && out !== undefined) throw new InputError('--out writes reproduce plots; these are sweep shards');
    if (out !== undefined) prepareOutDir(out, PLOT_BYTES);
    const rows = merged.runs.map((o, k) => summarize(o, merged.results[k]!, merged.seconds));
    if (merged.command === 'reproduce') printSummary(rows[0]!, { json: values.json === true, out, build: merged.build });
    else printSweep(rows, merged.runs[0]!.trials, merged.runs[0]!.seed, values.json === true, merged.build);
  },
};
