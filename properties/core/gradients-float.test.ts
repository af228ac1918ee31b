/**
 * The float backend against independent float references: forward-mode duals
 * (within the rounding bound γ_N·A) and central finite differences (within a three-point
 * Richardson estimate of the truncation error plus the rounding error of the quotient).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatField } from '../../src/algebra/float-field.js';
import { networkSpec } from '../arbitraries/network-spec.js';
import { absoluteSpec, floatForward, gamma, numbers, roundingSteps } from '../oracles/float-forward.js';
import { forwardModeReference } from '../oracles/forward-mode.js';
import { floatPairs } from './helpers.js';

describe('float gradients', () => {
  it('agree with forward-mode duals within 2γ_N times the absolute network', () => {
    fc.assert(
      fc.property(networkSpec(), (spec) => {
        // Arrange
        const reference = forwardModeReference(floatField, spec);
        const magnitude = forwardModeReference(floatField, absoluteSpec(spec));
        const bound = 2 * gamma(roundingSteps(spec));
        // Act
        const pairs = floatPairs(spec);
        // Assert
        pairs.forEach((p, k) => {
          const [ref, mag] = [reference[k]!, magnitude[k]!];
          for (const part of ['gradient', 'internal', 'external'] as const) {
            p[part].forEach((row, r) =>
              row.forEach((x, c) => {
                const A = mag.internal[r]![c]! + mag.external[r]![c]!;
                expect(Math.abs(x - ref[part][r]![c]!)).toBeLessThanOrEqual(bound * A);
              }),
            );
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('agree with central finite differences on smooth (linear, tanh) nets', () => {
    const eps = 1e-4;
    fc.assert(
      fc.property(networkSpec({ activations: ['linear', 'tanh'], maxDepth: 4, maxWidth: 4 }), (spec) => {
        // Arrange
        const W = numbers(spec.weights.map((w) => w.rows));
        const lossesAt = (i: number, r: number, c: number, delta: number): number[] => {
          const moved = W.map((m, k) => m.map((row, a) => row.map((w, b) => (k === i && a === r && b === c ? w + delta : w))));
          return floatForward(spec, moved).losses;
        };
        const lossScale = Math.max(1, ...floatForward(absoluteSpec(spec)).losses);
        // Act
        const pairs = floatPairs(spec);
        // Assert
        for (const p of pairs) {
          p.gradient.forEach((row, r) =>
            row.forEach((g, c) => {
              const central = (h: number) => {
                const [plus, minus] = [lossesAt(p.layer - 1, r, c, h), lossesAt(p.layer - 1, r, c, -h)];
                return (plus[p.loss - 1]! - minus[p.loss - 1]!) / (2 * h);
              };
              const [d1, d2, d4] = [central(eps), central(2 * eps), central(4 * eps)];
              // D(h) = g + a·h² + b·h⁴ + …, so u = D(2ε) − D(ε) = 3aε² + 15bε⁴ and v = D(4ε) − D(2ε) =
              // 12aε² + 240bε⁴ give bε⁴ = (v − 4u)/180, aε² = (u − 15bε⁴)/3; D(ε)'s truncation
              // aε² + bε⁴ is bounded by |aε²| + |bε⁴| and once more |bε⁴| for the terms beyond (the
              // two-point estimate |u|/3 = |aε² + 5bε⁴| alone fell short by 4|bε⁴| on a tanh net).
              // Rounding ≤ γ_N·lossScale / ε per quotient, the estimates' own included in 4×.
              const [u, v] = [d2 - d1, d4 - d2];
              const b4 = (v - 4 * u) / 180;
              const truncation = Math.abs((u - 15 * b4) / 3) + 2 * Math.abs(b4);
              const rounding = (gamma(roundingSteps(spec)) * lossScale) / eps;
              expect(Math.abs(g - d1)).toBeLessThanOrEqual(truncation + 4 * rounding);
            }),
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
