/**
 * What a reproduce run reports of its own cost (`--json`'s "run", start-up included), and the theory
 * computed on its own thread beside the trials, equal to the theory computed here.
 */
import { describe, expect, it } from 'vitest';
import { theoryOnItsThread } from '../../src/reproduce/theory-thread.js';
import { theoryRows } from '../../src/theory/predict.js';
import { runBin } from './run-cli.js';

describe('reproduce --json "run"', () => {
  it.each([1, 2])('reports seconds since start-up, trials/s = trials ÷ seconds, %i worker(s), the cores, CPU seconds and the gemm build', async (workers) => {
    // Arrange
    const start = performance.now();
    // Act
    const { code, stdout } = await runBin(['reproduce', '--layers', '6', '--width', '8', '--trials', '20', '--workers', String(workers), '--json']);
    const outside = (performance.now() - start) / 1000;
    // Assert: the bin's own clock starts after this one and stops before it; CPU of all its threads
    expect(code).toBe(0);
    const { run } = JSON.parse(stdout);
    expect(Object.keys(run)).toEqual(['seconds', 'trialsPerSecond', 'workers', 'cores', 'cpuSeconds', 'coresBusy', 'gemm']);
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.seconds).toBeLessThan(outside);
    expect(run.trialsPerSecond).toBe(20 / run.seconds);
    expect(run.workers).toBe(workers);
    expect(run.cpuSeconds).toBeGreaterThan(0);
    expect(run.coresBusy).toBe(run.cpuSeconds / run.seconds);
    expect(['native', 'fma', 'mul-add']).toContain(run.gemm);
  });

  it('is left out of merge\'s JSON-shaped summaries: only a run reports its cost', async () => {
    const { summaryJson } = await import('../../src/cli/reproduce.js');
    const { summarize } = await import('../../src/reproduce/summary.js');
    const { emptyStats, addTrial } = await import('../../src/reproduce/trial-stats.js');
    const stats = emptyStats(3);
    for (let t = 0; t < 2; t++) addTrial(stats, { L: 3, cos: new Float64Array(16).fill(0.5) });
    const s = summarize({ setup: { depth: 3, width: 2, batch: 1, activation: 'linear', initScale: 1, targetScale: 1 }, trials: 2, seed: 1 }, stats, 0);
    expect(summaryJson(s)).not.toHaveProperty('run');
  });
});

describe('the theory on its own thread', () => {
  it.each([
    { depth: 4, width: 16, batch: 4, activation: 'linear' as const, initScale: 1, targetScale: 0.5 },
    { depth: 3, width: 8, batch: 1, activation: 'relu' as const, initScale: Math.SQRT2, targetScale: 1 },
    { depth: 3, width: 8, batch: 3, activation: 'tanh' as const, initScale: 1, targetScale: 1 },
  ])('gives theoryRows(setup) exactly (%o)', async (setup) => {
    expect(await theoryOnItsThread(setup)()).toEqual(theoryRows(setup));
  });
});
