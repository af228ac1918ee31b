import { parseArgs } from 'node:util';
import { defaultWorkers } from '../reproduce/parallel.js';
import { sweepGrid, sweepTable } from '../reproduce/sweep.js';
import type { ReproduceSummary } from '../reproduce/summary.js';
import { numberOption } from './args.js';
import type { Command } from './main.js';
import { DEFAULT_SEED, describeSetup, reproduce } from './reproduce.js';

export const sweepCommand: Command = {
  summary: 'sweep [--trials T] [--seed S] [--workers K] [--json]',
  async run(args) {
    const { values } = parseArgs({ args, options: { trials: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' } } });
    const trials = numberOption('trials', values.trials, 200, { integer: true, min: 2 });
    const seed = numberOption('seed', values.seed, DEFAULT_SEED, { integer: true });
    const workers = numberOption('workers', values.workers, defaultWorkers(), { integer: true, min: 1, max: 256 });
    const grid = sweepGrid(trials, seed);
    const rows: ReproduceSummary[] = [];
    for (const [k, o] of grid.entries()) {
      if (process.stderr.isTTY) process.stderr.write(`\r[${k + 1}/${grid.length}] ${describeSetup(o.setup)}\x1b[K`);
      rows.push(await reproduce(o, workers));
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (values.json) {
      const out = rows.map((s) => ({ setup: s.setup, gap1: s.gaps[0], gap19: s.gaps[18], allPositiveRate: s.allPositiveRate, allPositiveInterval: s.allPositiveInterval }));
      process.stdout.write(`${JSON.stringify({ trials, seed, rows: out }, null, 2)}\n`);
    } else {
      process.stdout.write(`${sweepTable(rows)}\n`);
    }
  },
};
