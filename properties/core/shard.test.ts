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
import { shardLayout } from '../../src/shard/records.js';
import { blockBounds } from '../../src/reproduce/trial-stats.js';
import { runShard } from '../../src/shard/run.js';
import { runInProcess, withOptions } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'shard-'));
const SETUP = ['--layers', '6', '--width', '5', '--batch', '2', '--activation', 'tanh', '--trials', '20', '--seed', '41', '--workers', '1'];
const withoutSeconds = (json: string) => ({ ...JSON.parse(json), seconds: undefined, run: undefined });
/** reproduce's JSON text without its costs: "seconds" (the trials' time) and "run" (what the run cost; merge has none). */
const untimedJson = (json: string) => json.replace(/"seconds": [^,]*,/, '').replace(/,\n  "run": \{[^}]*\}/, '');

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
    expect(untimedJson(merged.stdout)).toBe(untimedJson(unsharded.stdout));
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

  it('T = 150 (64 blocks of 2–3 trials): three shards cut blocks, and merge still prints the unsharded JSON and plots exactly', async () => {
    // Arrange: shards 1/3 … 3/3 end inside blocks, so their edge trials travel as cosines
    const args = ['--layers', '3', '--width', '2', '--batch', '1', '--activation', 'relu', '--trials', '150', '--seed', '7', '--workers', '2'];
    const cut = [1, 2, 3].map((i) => shardLayout(150, 3, shardRange({ index: i, count: 3 }, 150).from, shardRange({ index: i, count: 3 }, 150).to).partial.length);
    expect(cut.some((n) => n > 0)).toBe(true);
    const paths = await shards('cut', 3, args);
    const [one, many] = [join(dir, 'cut-unsharded'), join(dir, 'cut-merged')];
    const unsharded = await runInProcess(['reproduce', ...withOptions(args, ['--workers', '1']), '--json', '--out', one]);
    // Act
    const merged = await runInProcess(['merge', paths[1]!, paths[2]!, paths[0]!, '--json', '--out', many]);
    // Assert
    expect(merged.code, merged.stderr).toBe(0);
    expect(untimedJson(merged.stdout)).toBe(untimedJson(unsharded.stdout));
    for (const svg of ['gap-cosine.svg', 'heatmap.svg']) expect(readFileSync(join(many, svg), 'utf8')).toBe(readFileSync(join(one, svg), 'utf8'));
  });

  it('more shards than blocks (100 shards of 150 trials, 64 blocks): shards without a whole block merge exactly too', async () => {
    // Arrange
    const o: ReproduceOptions = { setup: { depth: 4, width: 3, batch: 2, activation: 'tanh', initScale: 1, targetScale: 0.25 }, init: 'unit', trials: 150, seed: 11 };
    const paths = Array.from({ length: 100 }, (_, k) => join(dir, `many-${k + 1}.shard`));
    for (const [k, path] of paths.entries()) await runShard({ command: 'reproduce', runs: [o], shard: { index: k + 1, count: 100 }, path }, 1);
    // Act
    const merged = mergeShards(paths.reverse());
    // Assert
    expect(JSON.stringify(summarize(merged.runs[0]!, merged.results[0]!, 0))).toBe(JSON.stringify(summarize(o, await runParallel(o, 1, () => {}), 0)));
  });

  it('shards of 20 trials cutting blocks of ~31 (T = 2000, 100 shards): cut blocks are re-summed in trial order, not added in parts', async () => {
    // Arrange: adding a cut block's parts, a + (b + c) for (a + b) + c, changes the last bits of some sums (a mutant did)
    const o: ReproduceOptions = { setup: { depth: 5, width: 3, batch: 1, activation: 'linear', initScale: 1, targetScale: 0.5 }, init: 'unit', trials: 2000, seed: 19 };
    const paths = Array.from({ length: 100 }, (_, k) => join(dir, `mid-${k + 1}.shard`));
    for (const [k, path] of paths.entries()) await runShard({ command: 'reproduce', runs: [o], shard: { index: k + 1, count: 100 }, path }, 1);
    const cuts = paths.filter((_, k) => !blockBounds(2000, 5).includes(shardRange({ index: k + 1, count: 100 }, 2000).from));
    expect(cuts.length).toBeGreaterThan(50);
    // Act
    const merged = mergeShards(paths);
    // Assert
    const unsharded = await runParallel(o, 1, () => {});
    for (const k of ['gapSum', 'gapSumSq', 'pairSum', 'pairCount'] as const) expect(Array.from(merged.results[0]![k])).toEqual(Array.from(unsharded[k]));
    expect(JSON.stringify(summarize(merged.runs[0]!, merged.results[0]!, 0))).toBe(JSON.stringify(summarize(o, unsharded, 0)));
  });

  it("a shard's layout: its whole blocks and its cosine trials are [from, to), each trial once, blocks numbered over the whole run", () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 3000 }), fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 200 }), fc.nat(), (trials, L, n, i) => {
      const count = Math.min(n, trials);
      const { from, to } = shardRange({ index: (i % count) + 1, count }, trials);
      const l = shardLayout(trials, L, from, to);
      const b = blockBounds(trials, L);
      const inWhole = (t: number) => b.some((_, k) => k >= l.firstBlock && k < l.endBlock && b[k]! <= t && t < b[k + 1]!);
      const held = Array.from({ length: trials }, (_, t) => Number(inWhole(t)) + l.partial.filter((p) => p === t).length);
      const wholeInside = b.every((_, k) => k + 1 >= b.length || !(from <= b[k]! && b[k + 1]! <= to) || (l.firstBlock <= k && k < l.endBlock));
      return held.every((h, t) => h === (from <= t && t < to ? 1 : 0)) && wholeInside;
    }), { numRuns: 200 });
  });

  it('--json reports the shard written: its path and header, trials ⌊20/3⌋ = 6 to ⌊40/3⌋ = 13', async () => {
    const path = join(dir, 'reported.shard');
    const r = await runInProcess(['reproduce', ...SETUP, '--json', '--shard', '2/3', '--shard-out', path]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toMatchObject({ wrote: path, format: 'why-alignment-shard', version: 3, command: 'reproduce', seed: 41, trials: 20, from: 6, to: 13, shard: '2/3' });
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
