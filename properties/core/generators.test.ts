/** The generators a conjecture needs without src/ internals: zero targets, batch shapes, Gaussian nets of any widths. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BATCH_SHAPES, identityNets } from '../arbitraries/identity-net.js';
import { gaussianWidthNet } from '../arbitraries/gaussian-widths.js';
import { networkSpec } from '../arbitraries/network-spec.js';
import { localDistantCosine } from '../support/float-net.js';

describe('generators', () => {
  it('zero targets: every target entry is 0, in identityNets and networkSpec', () => {
    const specs = [...identityNets({ zeroTargets: true, shapes: BATCH_SHAPES }).flatMap((a) => fc.sample(a, { seed: 1, numRuns: 3 }).map((s) => s.spec)), ...fc.sample(networkSpec({ zeroTargets: true }), { seed: 2, numRuns: 10 })];
    for (const spec of specs) expect(spec.targets.flatMap((t) => t.rows.flat()).every((x) => x === '0')).toBe(true);
  });

  it('batch shapes have batches of at least 2 and a hidden width of at least 2', () => {
    for (const [widths, batch] of BATCH_SHAPES) {
      expect(batch).toBeGreaterThanOrEqual(2);
      expect(Math.max(...widths.slice(1, -1))).toBeGreaterThanOrEqual(2);
    }
  });

  it('Gaussian nets of any widths: shapes, and weight variance g²/fan-in within a 1e-6 chi-square bound', () => {
    // Arrange: 3000 weights of W_1 (fan-in 30, g = √2): Σw²/v ~ χ²(3000), whose 1e-6 quantiles are within ±13% of 3000
    const [net] = fc.sample(gaussianWidthNet({ widths: [30, 100, 7], batch: 4, activation: 'relu' }), { seed: 3, numRuns: 1 });
    // Act
    const w = net!.weights[0]!.to1DArray();
    const ratio = w.reduce((a, x) => a + x * x, 0) / (w.length * (2 / 30));
    // Assert
    expect([net!.weights[0]!.rows, net!.weights[0]!.columns, net!.weights[1]!.rows, net!.input.columns, net!.targets[1]!.rows]).toEqual([100, 30, 7, 4, 7]);
    expect(Math.abs(ratio - 1)).toBeLessThan(0.13);
    expect(Number.isFinite(localDistantCosine(net!, 1, 2))).toBe(true);
  });
});
