/**
 * reproduce: its table equals an independent aggregation of the ml-matrix reference
 * cosines; the result does not depend on the number of workers; its JSON, plots and
 * option errors are as documented.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlots } from '../../src/cli/reproduce.js';
import { gaussianNetwork } from '../../src/random/gaussian-network.js';
import type { ReproduceOptions } from '../../src/reproduce/options.js';
import { cosAt, pairCosines } from '../../src/reproduce/pair-cosines.js';
import { runParallel } from '../../src/reproduce/parallel.js';
import { workersStarted } from '../../src/reproduce/pool.js';
import { summarize } from '../../src/reproduce/summary.js';
import { addTrial, emptyStats } from '../../src/reproduce/trial-stats.js';
import { runBin, runInProcess } from './run-cli.js';

const small: ReproduceOptions = {
  setup: { depth: 6, width: 7, batch: 3, activation: 'tanh', initScale: 1, targetScale: 0.5 },
  trials: 12,
  seed: 99,
};

describe('reproduce', () => {
  it('gap means and the all-positive rate equal those of the reference cosines, trial by trial', async () => {
    // Arrange: the reference, aggregated here by hand
    const L = small.setup.depth;
    const tables = Array.from({ length: small.trials }, (_, t) => pairCosines(gaussianNetwork(small.seed + t, small.setup)));
    const gapMean = (g: number) => tables.reduce((acc, tb) => acc + Array.from({ length: L - g }, (_, i) => cosAt(tb, i + 1, i + 1 + g)).reduce((a, b) => a + b) / (L - g), 0) / small.trials;
    const positive = tables.filter((tb) => Array.from({ length: L }, (_, i) => Array.from({ length: L }, (_, j) => j <= i || cosAt(tb, i + 1, j + 1) > 0)).flat().every(Boolean)).length;
    // Act
    const s = summarize(small, await runParallel(small, 1, () => {}), 0);
    // Assert
    s.gaps.forEach((g) => expect(g.meanCos).toBeCloseTo(gapMean(g.gap), 10));
    expect(s.allPositiveRate).toBe(positive / small.trials);
    expect(s.gaps.every((g) => g.lo! <= g.meanCos! && g.meanCos! <= g.hi!)).toBe(true);
  });

  it('gives the same numbers, bit for bit, on 1 worker, 2 or 3', async () => {
    const one = summarize(small, await runParallel(small, 1, () => {}), 0);
    const two = summarize(small, await runParallel(small, 2, () => {}), 0);
    const three = summarize(small, await runParallel(small, 3, () => {}), 0);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
  });

  it('keeps its worker threads across runs: a second run on 2 workers starts none', async () => {
    await runParallel(small, 2, () => {});
    const before = workersStarted();
    const again = await runParallel({ ...small, seed: 7 }, 2, () => {});
    expect(workersStarted()).toBe(before);
    expect(again.trials).toBe(small.trials);
  });

  it('--json prints gaps, allPositiveRate, trials and seconds; --out writes both plots', async () => {
    const out = mkdtempSync(join(tmpdir(), 'reproduce-'));
    const { code, stdout, stderr } = await runBin(['reproduce', '--layers', '20', '--width', '4', '--trials', '10', '--json', '--out', out]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.gaps).toHaveLength(19);
    expect(Object.keys(json.gaps[0])).toEqual(['gap', 'meanCos', 'lo', 'hi', 'trials', 'undefinedCells']);
    expect(json.trials).toBe(10);
    expect(json.allPositiveRate).toBeGreaterThanOrEqual(0);
    expect(typeof json.seconds).toBe('number');
    expect(stderr).not.toMatch(/\[#/); // no progress bar when stderr is not a terminal
    const plot = readFileSync(join(out, 'gap-cosine.svg'), 'utf8');
    expect(plot).toMatch(/<polyline points="(\d+(\.\d+)?,\d+(\.\d+)? ){18}\d/); // 19 gaps
    expect(plot).toContain('note: 0.65');
    expect(plot).toContain('note: 0.14');
    expect(readFileSync(join(out, 'heatmap.svg'), 'utf8').match(/<rect [^>]*><title>/g)).toHaveLength(190);
  });

  it('marks only the note figures the depth reaches', () => {
    const out = mkdtempSync(join(tmpdir(), 'reproduce-'));
    const stats = emptyStats(6);
    for (let t = 0; t < 3; t++) addTrial(stats, { L: 6, cos: new Float64Array(49).fill(0.5) });
    const s = summarize({ ...small, trials: 3 }, stats, 0);
    writePlots(s, out);
    const plot = readFileSync(join(out, 'gap-cosine.svg'), 'utf8');
    expect(plot).toContain('note: 0.65');
    expect(plot).not.toContain('note: 0.14');
  });

  it.each([
    [['--layers', '1'], '--layers must be an integer from 2 to 1000, got "1"'],
    [['--trials', 'many'], '--trials must be an integer from 2 to 10000000, got "many"'],
    [['--activation', 'sigmoid'], '--activation must be one of linear, relu, tanh, got "sigmoid"'],
    [['--target-scale=-1'], '--target-scale must be a number from 0 to 1000000, got "-1"'],
    [['--target-scale', '-1'], "Option '--target-scale' argument is ambiguous. Did you forget to specify the option argument for '--target-scale'? To specify an option argument starting with a dash use '--target-scale=-XYZ'."],
    [['--init-scale', '0'], '--init-scale must be a number > 0 and ≤ 1000000, got "0"'],
    [['--width', 'NaN'], '--width must be an integer from 1 to 10000, got "NaN"'],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const { code, stderr } = await runInProcess(['reproduce', ...args]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`why-alignment reproduce: ${message}; see \`why-alignment reproduce --help\``);
  });
});
