/**
 * Every G_ij, internal_ij and external_ij from the exact backend equals, digit for
 * digit, the forward-mode dual-number reference (oracles/forward-mode.ts), on
 * random linear and ReLU nets (depth 1–5, widths 1–6, one sample or a batch).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkSpec } from '../arbitraries/network-spec.js';
import { forwardModeReference } from '../oracles/forward-mode.js';
import { asText, exact, exactPairs } from './helpers.js';

describe('exact gradients', () => {
  it('equal the forward-mode reference bit for bit (gradient, internal, external)', () => {
    fc.assert(
      fc.property(networkSpec({ activations: ['linear', 'relu'] }), (spec) => {
        // Arrange
        const F = exact.field;
        const reference = forwardModeReference(F, spec);
        // Act
        const pairs = exactPairs(spec);
        // Assert
        expect(pairs.map((p) => [p.layer, p.loss])).toEqual(reference.map((p) => [p.layer, p.loss]));
        pairs.forEach((p, k) => {
          const ref = reference[k]!;
          expect(asText(F, p.gradient)).toEqual(asText(F, ref.gradient));
          expect(asText(F, p.internal)).toEqual(asText(F, ref.internal));
          expect(asText(F, p.external)).toEqual(asText(F, ref.external));
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('the split', () => {
  it('G_ij = internal_ij − external_ij exactly, for every pair (linear and ReLU nets)', () => {
    fc.assert(
      fc.property(networkSpec({ activations: ['linear', 'relu'] }), (spec) => {
        // Arrange
        const F = exact.field;
        // Act
        const pairs = exactPairs(spec);
        // Assert
        for (const p of pairs) {
          const difference = p.internal.map((row, r) => row.map((x, c) => F.sub(x, p.external[r]![c]!)));
          expect(asText(F, p.gradient)).toEqual(asText(F, difference));
        }
      }),
      { numRuns: 100 },
    );
  });
});
