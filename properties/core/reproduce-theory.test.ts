/** reproduce shows the theory where src/theory has a prediction, and leaves it out elsewhere. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { theoryRows } from '../../src/theory/predict.js';
import { runInProcess, withOptions } from './run-cli.js';

const args = (extra: string[]) => ['reproduce', ...withOptions(['--layers', '5', '--width', '6', '--trials', '4', '--workers', '1'], extra)];

describe('reproduce with the theory', () => {
  it('--json carries "theory": [{ gap, meanCos }] for one-sample linear nets, the same as theoryRows', async () => {
    // Arrange
    const setup = { depth: 5, width: 6, batch: 1, activation: 'linear' as const, initScale: 1, targetScale: 0.5 };
    // Act
    const { code, stdout } = await runInProcess(args(['--batch', '1', '--activation', 'linear', '--init-scale', '1', '--target-scale', '0.5', '--json']));
    // Assert
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.theory.map((r: { gap: number }) => r.gap)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(json.theory[0])).toEqual(['gap', 'meanCos']);
    json.theory.forEach((r: { meanCos: number }, g: number) => expect(r.meanCos).toBeCloseTo(theoryRows(setup)![g]!.meanCos, 12));
  });

  it('carries "theory" for tanh and ReLU with a batch (T12), leaves it out deeper than 60 layers, and answers at once', async () => {
    for (const extra of [['--activation', 'tanh'], ['--activation', 'relu', '--batch', '3']]) {
      const { code, stdout } = await runInProcess(args([...extra, '--json']));
      expect(code).toBe(0);
      expect(JSON.parse(stdout).theory).toHaveLength(4);
    }
    const deep = await runInProcess(args(['--activation', 'linear', '--batch', '1', '--layers', '61', '--width', '2', '--trials', '2', '--json']));
    expect(deep.code).toBe(0);
    expect(JSON.parse(deep.stdout)).not.toHaveProperty('theory');
    const start = performance.now();
    theoryRows({ depth: 60, width: 2, batch: 1, activation: 'relu', initScale: Math.SQRT2, targetScale: 1 });
    expect(performance.now() - start).toBeLessThan(10_000); // the chain's draws fall as 1/L² (it took 157 s at L = 300)
  });

  it('the table gets a theory column and the gap plot a dashed predicted curve for a linear batch', async () => {
    const out = mkdtempSync(join(tmpdir(), 'reproduce-theory-'));
    const { code, stdout } = await runInProcess(args(['--activation', 'linear', '--init-scale', '1', '--batch', '3', '--out', out]));
    expect(code).toBe(0);
    expect(stdout).toMatch(/theory/);
    expect(stdout.split('\n')[2]).toMatch(/^\s+1\s+-?\d\.\d{3}\s+\[.*\]\s+\d\.\d{3}\s+0\.65$/);
    const plot = readFileSync(join(out, 'gap-cosine.svg'), 'utf8');
    expect(plot).toMatch(/<polyline points="(\d+(\.\d+)?,\d+(\.\d+)? ){3}[^"]*" fill="none" stroke="#2ca02c"[^>]*stroke-dasharray/);
  });
});
