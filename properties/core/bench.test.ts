/**
 * `bench --json` prints { rows: [{ name, trialsPerSecond, gmaddsPerSecond, computeOnly }] }: every
 * engine configuration end to end and compute only, the workers, and the wasm gemm ceiling.
 * Its ratio against numpy takes numpy's faster configuration (default threads or one BLAS thread).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BenchRow, ratios } from '../../src/cli/bench.js';
import { trialFlops } from '../../src/engine/trial.js';
import { runBin } from './run-cli.js';

describe('why-alignment bench (the bin)', () => {
  it('--json lists every configuration with positive rates, G multiply-adds = rate × trialFlops', async () => {
    // Act: a tiny setup, numpy skipped
    const { code, stdout } = await runBin(['bench', '--json', '--no-numpy', '--trials', '4', '--layers', '3', '--width', '4', '--batch', '2', '--workers', '2']);
    // Assert
    expect(code).toBe(0);
    const { rows } = JSON.parse(stdout) as { rows: { name: string; trialsPerSecond: number; gmaddsPerSecond: number; computeOnly: boolean }[] };
    expect(rows.map((r) => `${r.name} | ${r.computeOnly}`)).toEqual([
      'engine (js kernels), 1 thread | false', 'engine (js kernels), 1 thread | true',
      'engine (wasm SIMD), 1 thread | false', 'engine (wasm SIMD), 1 thread | true',
      'engine (wasm SIMD), 1 thread, linear | true', 'engine (wasm SIMD), 1 thread, relu | true',
      'engine (wasm SIMD), 2 workers | false', 'wasm SIMD gemm alone (ceiling), 1 thread | true',
    ]);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['name', 'trialsPerSecond', 'gmaddsPerSecond', 'computeOnly']);
      expect(r.trialsPerSecond).toBeGreaterThan(0);
      expect(r.gmaddsPerSecond).toBeCloseTo((r.trialsPerSecond * trialFlops(3, 4, 2)) / 1e9, 12);
    }
  });

  it('--version (the bin, loading no module) prints the version in package.json as main does', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await runBin(['--version'])).toEqual({ code: 0, stdout: `why-alignment ${version}\n`, stderr: '' });
  });
  it('compares the workers with the faster numpy configuration, whichever it is', () => {
    // Arrange: numpy 40 trials/s on its default threads and 50 on one BLAS thread; 2 workers 60
    const row = (name: string, trialsPerSecond: number, computeOnly: boolean): BenchRow => ({ name, trialsPerSecond, gmaddsPerSecond: 0, computeOnly });
    const rows = [row('engine (wasm SIMD), 1 thread', 30, false), row('engine (wasm SIMD), 2 workers', 60, false),
      row('numpy + OpenBLAS (python3)', 40, true), row('numpy + OpenBLAS, 1 BLAS thread', 50, true)];
    // Act
    const lines = ratios(rows, 2, 'tanh');
    // Assert: 60 / max(40, 50)
    expect(lines).toContain('2 workers end to end ÷ numpy compute only (its faster configuration): 1.20×');
  });
});
