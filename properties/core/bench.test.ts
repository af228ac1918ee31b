/**
 * `bench --json` prints { rows: [{ name, trialsPerSecond, gmaddsPerSecond, computeOnly }] }: every
 * engine configuration end to end and compute only, the workers, and the wasm gemm ceiling.
 * Its ratio against numpy takes numpy's faster configuration (default threads or one BLAS thread).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BenchRow, buildLabel, ratios } from '../../src/cli/bench.js';
import { numpyEnv } from '../../src/cli/bench-peers.js';
import { trialFlops } from '../../src/engine/trial.js';
import { gemmVariant } from '../../src/engine/wasm/gemm.js';
import { runBin } from './run-cli.js';

describe('why-alignment bench (the bin)', () => {
  it('--json lists every configuration with positive rates, G multiply-adds = rate × trialFlops', async () => {
    // Act: a tiny setup, numpy skipped
    const { code, stdout } = await runBin(['bench', '--json', '--no-numpy', '--trials', '4', '--layers', '3', '--width', '4', '--batch', '2', '--workers', '2', '--command-trials', '6']);
    // Assert: the bin runs this machine's default gemm (the native one where npm ci built it), and the wasm build beside it
    expect(code).toBe(0);
    const { rows, notes } = JSON.parse(stdout) as { rows: { name: string; trialsPerSecond: number; gmaddsPerSecond: number; computeOnly: boolean }[]; notes: string[] };
    const [gemm, native] = [buildLabel(gemmVariant()), gemmVariant() === 'native'];
    expect(rows.map((r) => `${r.name} | ${r.computeOnly}`)).toEqual([
      'engine (js kernels), 1 thread | false', 'engine (js kernels), 1 thread | true',
      `engine (${gemm}), 1 thread | false`, `engine (${gemm}), 1 thread | true`,
      `engine (${gemm}), 1 thread, linear | true`, `engine (${gemm}), 1 thread, relu | true`,
      ...(native ? ['engine (wasm SIMD fma), 1 thread | true'] : []),
      `engine (${gemm}), 2 workers | false`, 'wasm SIMD fma gemm alone (ceiling), 1 thread | true',
      ...(native ? ['native gemm alone (ceiling), 1 thread | true'] : []),
      'reproduce command, 2 workers, 6 trials | false',
    ]);
    expect(notes.some((n) => /^start-up: reproduce --trials 2 [\d.]+ s = [\d.]+ × node -e 0/.test(n))).toBe(true);
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
    const rows = [row('engine (wasm SIMD fma), 1 thread', 30, false), row('engine (wasm SIMD fma), 2 workers', 60, false),
      row('numpy + OpenBLAS (python3)', 40, true), row('numpy + OpenBLAS, 1 BLAS thread', 50, true)];
    // Act
    const lines = ratios(rows, 2, 'tanh');
    // Assert: 60 / max(40, 50)
    expect(lines).toContain('2 workers end to end ÷ numpy compute only (its faster configuration): 1.20×');
  });

  it('times the reproduce command against numpy at its best: time ratio = numpy trials/s ÷ the command\'s', () => {
    // Arrange: the command at 25 trials/s, numpy 40 (default threads) and 50 (one BLAS thread)
    const row = (name: string, trialsPerSecond: number, computeOnly: boolean): BenchRow => ({ name, trialsPerSecond, gmaddsPerSecond: 0, computeOnly });
    const rows = [row('reproduce command, 2 workers, 600 trials', 25, false), row('numpy + OpenBLAS (python3)', 40, true), row('numpy + OpenBLAS, 1 BLAS thread', 50, true)];
    // Act / Assert: (600/25 s) ÷ (600/50 s) = 2
    expect(ratios(rows, 2, 'tanh')).toContain("reproduce command's time, start-up included ÷ numpy's at its best (compute only, its faster configuration), same trials: 2.00 (≤ 1: the command is faster)");
  });

  it('runs numpy with OpenBLAS free to pick its kernel (OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE unset), this process keeping them', () => {
    // Arrange
    const env = { OPENBLAS_CORETYPE: 'Haswell', OPENBLAS_L2_SIZE: '524288', PATH: '/usr/bin' };
    // Act
    const [one, all] = [numpyEnv(env, 1), numpyEnv(env, 0)];
    // Assert
    expect(one).toEqual({ PATH: '/usr/bin', OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' });
    expect(all).toEqual({ PATH: '/usr/bin' });
    expect(env.OPENBLAS_CORETYPE).toBe('Haswell');
  });
});
