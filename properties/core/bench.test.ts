/**
 * `bench --json` prints { rows: [{ name, trialsPerSecond, gmaddsPerSecond, computeOnly }] }: every
 * engine configuration end to end and compute only, the workers, and the wasm gemm ceiling.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
