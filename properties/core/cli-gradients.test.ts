/**
 * The real `why-alignment gradients` bin on random network files: under --exact every
 * entry is the forward-mode reference's decimal, digit for digit; in float mode every
 * pair (1 ≤ i ≤ j ≤ L) is printed with finite numbers, tanh included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkToJson } from '../../src/io/network-json.js';
import { networkSpec } from '../arbitraries/network-spec.js';
import { forwardModeReference } from '../oracles/forward-mode.js';
import { asText, exact } from './helpers.js';
import { runBin, tempFile } from './run-cli.js';

const sample = (arb: fc.Arbitrary<ReturnType<typeof networkSpec> extends fc.Arbitrary<infer T> ? T : never>, n: number, seed: number) =>
  fc.sample(arb, { numRuns: n, seed });

describe('why-alignment gradients (the bin)', () => {
  it('--exact prints the reference gradients bit for bit', async () => {
    // Arrange: 8 random linear/ReLU nets, depth 1–5, widths 1–6, vector or batch input
    const specs = sample(networkSpec({ activations: ['linear', 'relu'] }), 8, 20261124);
    // Act
    const results = await Promise.all(specs.map((s) => runBin(['gradients', tempFile(networkToJson(s)), '--exact'])));
    // Assert
    results.forEach((res, k) => {
      expect(res.code).toBe(0);
      const reference = forwardModeReference(exact.field, specs[k]!);
      const printed = JSON.parse(res.stdout).pairs;
      expect(printed).toEqual(reference.map((p) => ({
        layer: p.layer,
        loss: p.loss,
        gradient: asText(exact.field, p.gradient),
        internal: asText(exact.field, p.internal),
        external: asText(exact.field, p.external),
      })));
    });
  });

  it('float mode prints every pair 1 ≤ i ≤ j ≤ L with finite numbers (tanh included)', async () => {
    const specs = sample(networkSpec({ activations: ['tanh'], minDepth: 2 }), 3, 7);
    const results = await Promise.all(specs.map((s) => runBin(['gradients', tempFile(networkToJson(s))])));
    results.forEach((res, k) => {
      const L = specs[k]!.weights.length;
      const pairs = JSON.parse(res.stdout).pairs as { layer: number; loss: number; gradient: number[][] }[];
      expect(pairs.map((p) => `${p.layer},${p.loss}`)).toEqual(
        Array.from({ length: L }, (_, i) => Array.from({ length: L - i }, (_, d) => `${i + 1},${i + 1 + d}`)).flat(),
      );
      expect(pairs.every((p) => p.gradient.flat().every(Number.isFinite))).toBe(true);
    });
  });
});
