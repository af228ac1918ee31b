/**
 * Streamed statistics with undefined cosines, intervals inside [−1, 1], plots at any L,
 * and the float ReLU-kink flag, each against an independent computation.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writePlots } from '../../src/cli/plots.js';
import { floatKinks } from '../../src/io/kinks.js';
import { gaussianNetwork } from '../../src/random/gaussian-network.js';
import type { ReproduceOptions } from '../../src/reproduce/options.js';
import { cosAt, pairCosines } from '../../src/reproduce/pair-cosines.js';
import { runParallel } from '../../src/reproduce/parallel.js';
import { gapRow, summarize } from '../../src/reproduce/summary.js';
import { runBlocks } from '../../src/reproduce/run-trials.js';
import { addTrial, blockBounds, emptyStats, mergeStats } from '../../src/reproduce/trial-stats.js';
import { meanInterval } from '../../src/stats/mean.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { networkSpec } from '../arbitraries/network-spec.js';

const dead: ReproduceOptions = { setup: { depth: 8, width: 1, batch: 1, activation: 'relu', initScale: Math.SQRT2, targetScale: 1 }, trials: 130, seed: 5 };

describe('undefined cosines', () => {
  it('are counted and left out of every mean, as the reference cosines say, however the blocks are split', async () => {
    // Arrange: the ml-matrix reference, aggregated here over defined cells only
    const L = dead.setup.depth;
    const tables = Array.from({ length: dead.trials }, (_, t) => pairCosines(gaussianNetwork(dead.seed + t, dead.setup)));
    const cells = (g: number) => tables.map((tb) => Array.from({ length: L - g }, (_, i) => cosAt(tb, i + 1, i + 1 + g)));
    const trialMeans = (g: number) => cells(g).map((c) => c.filter((x) => !Number.isNaN(x))).filter((c) => c.length > 0).map((c) => c.reduce((a, b) => a + b) / c.length);
    // Act
    const one = summarize(dead, await runParallel(dead, 1, () => {}), 0);
    // the split a worker pool makes (properties/core/reproduce.test.ts runs real workers): blocks [0, m) and [m, B)
    const bounds = blockBounds(dead.trials, L);
    const m = 23;
    const two = summarize(dead, [...runBlocks(dead, bounds, 0, m), ...runBlocks(dead, bounds, m, bounds.length - 1)].reduce(mergeStats), 0);
    // Assert
    expect(bounds.length - 1).toBe(64); // blocks of 2 or 3 trials
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.gaps.reduce((n, g) => n + g.undefinedCells, 0)).toBeGreaterThan(0);
    for (const g of one.gaps) {
      const m = trialMeans(g.gap);
      expect(g.undefinedCells).toBe(cells(g.gap).flat().filter(Number.isNaN).length);
      expect(g.trials).toBe(m.length);
      if (m.length === 0) expect(g.meanCos).toBeNull();
      else expect(g.meanCos).toBeCloseTo(m.reduce((a, b) => a + b) / m.length, 12);
    }
  });

  it('gap intervals equal the two-pass CLT interval of stats/mean, clipped to [−1, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }), (xs) => {
        // Arrange
        const ref = meanInterval(xs, 0.05);
        // Act
        const row = gapRow(1, xs.reduce((a, b) => a + b, 0), xs.reduce((a, b) => a + b * b, 0), xs.length, 0, 0.05);
        // Assert
        expect(row.meanCos!).toBeCloseTo(ref.mean, 12);
        expect(row.lo!).toBeCloseTo(Math.max(-1, ref.lo), 9);
        expect(row.hi!).toBeCloseTo(Math.min(1, ref.hi), 9);
        expect(row.lo! >= -1 && row.hi! <= 1).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(gapRow(1, -1 + 0.9, 1 + 0.81, 2, 0, 0.05).lo).toBe(-1);
  });
});

describe('plots at any L', () => {
  const plots = (L: number, undefinedCell = true) => {
    const stats = emptyStats(L);
    for (let t = 0; t < 2; t++) {
      const cos = new Float64Array((L + 1) ** 2).fill(0.3);
      if (undefinedCell) cos[1 * (L + 1) + 2] = Number.NaN;
      addTrial(stats, { L, cos });
    }
    const dir = mkdtempSync(join(tmpdir(), 'plots-'));
    writePlots(summarize({ ...dead, setup: { ...dead.setup, depth: L }, trials: 2, seed: 77, init: 'he' }, stats, 0), dir);
    return ['gap-cosine.svg', 'heatmap.svg'].map((f) => readFileSync(join(dir, f), 'utf8')) as [string, string];
  };

  it('L = 1000: small heatmap of aggregated cells, at most a dozen tick labels, seed and init named', () => {
    const [gap, heat] = plots(1000);
    expect(heat.length).toBeLessThan(2_000_000);
    expect(heat).toContain('each cell averages 10×10 pairs');
    expect(gap.match(/<text [^>]*text-anchor="middle">\d+<\/text>/g)!.length).toBeLessThanOrEqual(13);
    for (const svg of [gap, heat]) expect(svg).toMatch(/seed 77.*|g = √2 \(He\)/);
    expect(heat).toContain('g = √2 (He)');
    expect(gap).toContain('note: 0.14');
  });

  it('L = 10: undefined cells hatched, colour bar labelled, no 0.14 marker (gap 19 does not exist)', () => {
    const [gap, heat] = plots(10);
    expect(heat).toContain('fill="url(#undefined)"><title>i=1, j=2: undefined');
    expect(heat).toContain('>mean cosine</text>');
    expect(gap).toContain('note: 0.65');
    expect(gap).not.toContain('note: 0.14');
    expect(plots(10, false)[1]).not.toContain('fill="url(#undefined)"><title>');
  });
});

describe('float ReLU kinks', () => {
  it('flags every pre-activation whose float sign differs from the exact one (0.1 + 0.2 − 0.3 included)', () => {
    let mismatches = 0;
    const check = (spec: Parameters<typeof floatKinks>[0]) => {
      // Arrange: exact and float forward passes, by plain loops
      const flagged = new Set(floatKinks(spec).map((k) => `${k.layer},${k.unit},${k.sample}`));
      let [exactS, floatS] = [spec.input.rows.map((r) => r.map((v) => new Decimal(v))), spec.input.rows.map((r) => r.map(Number))];
      spec.weights.forEach((w, k) => {
        const ew = w.rows.map((r) => r.map((v) => new Decimal(v)));
        const fw = w.rows.map((r) => r.map(Number));
        const ez = ew.map((row) => exactS[0]!.map((_, c) => row.reduce((a, x, p) => a.plus(x.times(exactS[p]![c]!)), new Decimal(0))));
        const fz = fw.map((row) => floatS[0]!.map((_, c) => row.reduce((a, x, p) => a + x * floatS[p]![c]!, 0)));
        // Assert: a sign the float pass gets wrong is flagged
        ez.forEach((r, u) => r.forEach((z, c) => {
          if (z.gt(0) !== fz[u]![c]! > 0) (mismatches++, expect(flagged.has(`${k + 1},${u + 1},${c + 1}`)).toBe(true));
        }));
        [exactS, floatS] = [ez.map((r) => r.map((z) => (z.gt(0) ? z : new Decimal(0)))), fz.map((r) => r.map((z) => Math.max(z, 0)))];
      });
    };
    check({ activation: 'relu', weights: [{ rows: [['1', '1', '-1']], vector: false }], input: { rows: [['0.1'], ['0.2'], ['0.3']], vector: true }, targets: [{ rows: [['0']], vector: true }] });
    expect(mismatches).toBe(1);
    fc.assert(fc.property(networkSpec({ activations: ['relu'], entries: { places: 1, maxAbs: 1 }, maxWidth: 4 }), check), { numRuns: 300, seed: 9 });
    expect(mismatches).toBeGreaterThan(1); // the random nets reach kinks too (5 at this seed)
    expect(floatKinks({ activation: 'relu', weights: [{ rows: [['1', '1']], vector: false }], input: { rows: [['0.5'], ['0.25']], vector: true }, targets: [{ rows: [['0']], vector: true }] })).toEqual([]);
  });
});
