import { parseArgs } from 'node:util';
import { defaultWorkers } from '../reproduce/parallel.js';
import { sweepGrid, sweepTable } from '../reproduce/sweep.js';
import type { ReproduceSummary } from '../reproduce/summary.js';
import { readShardJob, SHARD_OPTIONS } from '../shard/options.js';
import { shardCommand } from '../shard/run.js';
import { numberOption } from './args.js';
import type { Command } from './main.js';
import { DEFAULT_SEED, describeSetup, reproduce } from './reproduce.js';

/** Prints the sweep's rows as sweep does (also for merge): the markdown table, or JSON with --json. */
export function printSweep(rows: readonly ReproduceSummary[], trials: number, seed: number, json: boolean | undefined): void {
  if (json) {
    const out = rows.map((s) => ({ setup: s.setup, gap1: s.gaps[0], gap19: s.gaps[18], allPositiveRate: s.allPositiveRate, allPositiveInterval: s.allPositiveInterval }));
    process.stdout.write(`${JSON.stringify({ trials, seed, rows: out }, null, 2)}\n`);
  } else {
    process.stdout.write(`${sweepTable(rows)}\n`);
  }
}

export const sweepCommand: Command = {
  summary: 'sweep [--trials T] [--seed S] [--workers K] [--json] [--shard I/N [--shard-out FILE]]',
  async run(args) {
    const { values } = parseArgs({ args, options: { trials: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' }, ...SHARD_OPTIONS } });
    const trials = numberOption('trials', values.trials, 200, { integer: true, min: 2 });
    const seed = numberOption('seed', values.seed, DEFAULT_SEED, { integer: true });
    const workers = numberOption('workers', values.workers, defaultWorkers(), { integer: true, min: 1, max: 256 });
    const grid = sweepGrid(trials, seed);
    const job = readShardJob(values, 'sweep', grid);
    if (job) return shardCommand(job, workers);
    const rows: ReproduceSummary[] = [];
    for (const [k, o] of grid.entries()) {
      if (process.stderr.isTTY) process.stderr.write(`\r[${k + 1}/${grid.length}] ${describeSetup(o.setup)}\x1b[K`);
      rows.push(await reproduce(o, workers));
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    printSweep(rows, trials, seed, values.json);
  },
};
