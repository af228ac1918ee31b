/**
 * Shards: a run split by --shard I/N and joined by merge prints exactly what the unsharded
 * run prints (timing aside), for reproduce and for sweep's runs; merge refuses shards that
 * do not make up one run, and damaged files, with one line and exit 2.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReproduceOptions } from '../../src/reproduce/options.js';
import { runParallel } from '../../src/reproduce/parallel.js';
import { summarize } from '../../src/reproduce/summary.js';
import { mergeShards } from '../../src/shard/merge.js';
import { shardRange } from '../../src/shard/range.js';
import { runShard } from '../../src/shard/run.js';
import { runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'shard-'));
const SETUP = ['--layers', '6', '--width', '5', '--batch', '2', '--activation', 'tanh', '--trials', '20', '--seed', '41', '--workers', '1'];
const withoutSeconds = (json: string) => ({ ...JSON.parse(json), seconds: undefined });

/** Runs `reproduce ARGS --shard I/N` for the given I and returns the shard paths. */
async function shards(name: string, count: number, args: string[] = SETUP, only = Array.from({ length: count }, (_, k) => k + 1)): Promise<string[]> {
  const paths: string[] = [];
  for (const i of only) {
    const path = join(dir, `${name}-${i}-of-${count}.shard`);
    const r = await runInProcess(['reproduce', ...args, '--shard', `${i}/${count}`, '--shard-out', path]);
    expect(r.code, r.stderr).toBe(0);
    paths.push(path);
  }
  return paths;
}

describe('merge of --shard runs', () => {
  it('three shards, merged in any order, print the unsharded JSON and plots exactly; seconds is the shards\' sum', async () => {
    // Arrange
    const paths = await shards('three', 3);
    const [one, many] = [join(dir, 'plots-unsharded'), join(dir, 'plots-merged')];
    const unsharded = await runInProcess(['reproduce', ...SETUP, '--json', '--out', one]);
    // Act
    const merged = await runInProcess(['merge', paths[2]!, paths[0]!, paths[1]!, '--json', '--out', many]);
    // Assert
    expect(merged.code).toBe(0);
    expect(withoutSeconds(merged.stdout)).toEqual(withoutSeconds(unsharded.stdout));
    expect(merged.stdout.replace(/"seconds": [^,]*,/, '')).toBe(unsharded.stdout.replace(/"seconds": [^,]*,/, ''));
    for (const svg of ['gap-cosine.svg', 'heatmap.svg']) expect(readFileSync(join(many, svg), 'utf8')).toBe(readFileSync(join(one, svg), 'utf8'));
    const shardSeconds = paths.map((p) => JSON.parse(readFileSync(p, 'utf8').split('\n')[0]!).seconds as number);
    expect(JSON.parse(merged.stdout).seconds).toBe(shardSeconds.reduce((a, b) => a + b, 0));
  });

  it('the merged table is the unsharded table, timing aside; shards of unequal splits tile too', async () => {
    const paths = [...(await shards('mixed2', 2, SETUP, [1])), ...(await shards('mixed4', 4, SETUP, [3, 4]))];
    const unsharded = await runInProcess(['reproduce', ...SETUP]);
    const merged = await runInProcess(['merge', ...paths]);
    const untimed = (s: string) => s.replace(/, [\d.]+ s\n/, '\n');
    expect(merged.code).toBe(0);
    expect(untimed(merged.stdout)).toBe(untimed(unsharded.stdout));
  });

  it("a sweep's runs, sharded two ways, merge to each run's unsharded summary", async () => {
    // Arrange: two setups sharing trials and seed, as sweep's grid does
    const runs: ReproduceOptions[] = [
      { setup: { depth: 4, width: 3, batch: 2, activation: 'relu', initScale: Math.SQRT2, targetScale: 0.5 }, trials: 9, seed: 5 },
      { setup: { depth: 5, width: 4, batch: 1, activation: 'linear', initScale: 1, targetScale: 1 }, trials: 9, seed: 5 },
    ];
    const paths = [1, 2].map((i) => join(dir, `sweep-${i}.shard`));
    for (const [k, path] of paths.entries()) await runShard({ command: 'sweep', runs, shard: { index: k + 1, count: 2 }, path }, 1);
    // Act
    const merged = mergeShards(paths);
    // Assert
    expect(merged.command).toBe('sweep');
    for (const [k, o] of runs.entries())
      expect(JSON.stringify(summarize(o, merged.results[k]!, 0))).toBe(JSON.stringify(summarize(o, await runParallel(o, 1, () => {}), 0)));
  });

  it('--json reports the shard written: its path and header, trials ⌊20/3⌋ = 6 to ⌊40/3⌋ = 13', async () => {
    const path = join(dir, 'reported.shard');
    const r = await runInProcess(['reproduce', ...SETUP, '--json', '--shard', '2/3', '--shard-out', path]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toMatchObject({ wrote: path, format: 'why-alignment-shard', version: 1, command: 'reproduce', seed: 41, trials: 20, from: 6, to: 13, shard: '2/3' });
  });

  it('shard ranges tile [0, T) in order, with sizes differing by at most one', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
      const [count, trials] = [Math.min(a, b), Math.max(a, b)];
      const ranges = Array.from({ length: count }, (_, k) => shardRange({ index: k + 1, count }, trials));
      const sizes = ranges.map((r) => r.to - r.from);
      return ranges[0]!.from === 0 && ranges.at(-1)!.to === trials && ranges.every((r, k) => k === 0 || r.from === ranges[k - 1]!.to) &&
        Math.min(...sizes) >= Math.floor(trials / count) && Math.max(...sizes) <= Math.ceil(trials / count);
    }));
  });
});
