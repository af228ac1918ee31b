import { buildInfo } from '../build-info.js';
import { defaultWorkers } from '../reproduce/parallel.js';
import type { ReproduceSummary } from '../reproduce/summary.js';
import { sweepGrid, sweepTable } from '../reproduce/sweep.js';
import { readShardJob, SHARD_OPTIONS } from '../shard/options.js';
import { shardCommand } from '../shard/run.js';
import { type OptionTable, optionHelp, parseCommandLine, readNumber } from './args.js';
import type { Command } from './main.js';
import { reproduce } from './reproduce.js';
import { trialsProgress } from './trials-progress.js';
import { checkResources, DEFAULT_SEED, SEED_OPTION, trialsOption, WORKERS_OPTION } from './setup-options.js';

const OPTIONS: OptionTable = { ...trialsOption(200, 100000), ...SEED_OPTION, ...WORKERS_OPTION, json: { type: 'boolean', doc: 'print JSON' }, ...SHARD_OPTIONS };

/** Prints the sweep's rows as sweep does (also for merge): the markdown table, or JSON with --json. */
export function printSweep(rows: readonly ReproduceSummary[], trials: number, seed: number, json: boolean, build: Record<string, string> = { ...buildInfo() }): void {
  if (json) {
    const out = rows.map((s) => ({ setup: s.setup, init: s.init, gap1: s.gaps[0], gap19: s.gaps[18], allPositiveRate: s.allPositiveRate, allPositiveInterval: s.allPositiveInterval }));
    process.stdout.write(`${JSON.stringify({ trials, seed, rows: out, build }, null, 2)}\n`);
  } else {
    process.stdout.write(`${sweepTable(rows)}\n`);
  }
}

export const sweepCommand: Command = {
  summary: 'sweep [--trials T] [--seed S] [--workers K] [--json] [--shard I/N [--shard-out FILE]]',
  help: ['The reproduction table over the grid activation × σ × W × N at 20 layers (g: √2 (He) for relu, 1 otherwise).', ...optionHelp(OPTIONS)],
  async run(args) {
    const { values } = parseCommandLine(args, OPTIONS);
    const trials = readNumber(OPTIONS, values, 'trials', 200);
    const seed = readNumber(OPTIONS, values, 'seed', DEFAULT_SEED);
    const workers = readNumber(OPTIONS, values, 'workers', defaultWorkers());
    const grid = sweepGrid(trials, seed);
    for (const o of grid) checkResources(o, workers);
    const job = readShardJob(values, 'sweep', grid);
    if (job) return shardCommand(job, workers);
    const rows: ReproduceSummary[] = [];
    const progress = trialsProgress(`sweep (${grid.length} setups)`, grid, workers);
    try {
      for (const o of grid) rows.push(await reproduce(o, workers, () => progress.tick()));
    } finally {
      progress.end();
    }
    printSweep(rows, trials, seed, values.json === true);
  },
};
