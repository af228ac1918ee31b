/**
 * On the same finite-decimal nets, float and exact gradients agree within the
 * rounding bound 2γ_N·A (A: the absolute network, see oracles/float-forward.ts).
 * Hypothesis for ReLU: no exact pre-activation lies within γ_N·|z|_abs of the kink,
 * so float rounding cannot flip h′.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatField } from '../../src/algebra/float-field.js';
import { networkSpec } from '../arbitraries/network-spec.js';
import { absoluteSpec, floatForward, gamma, roundingSteps } from '../oracles/float-forward.js';
import { forwardModeReference } from '../oracles/forward-mode.js';
import { exact, exactPairs, floatPairs } from './helpers.js';

describe('float vs exact', () => {
  it('agree within 2γ_N·A on linear and ReLU nets with decimal (non-dyadic) entries', () => {
    fc.assert(
      fc.property(networkSpec({ activations: ['linear', 'relu'], entries: { places: 2 } }), (spec) => {
        // Arrange
        const bound = 2 * gamma(roundingSteps(spec));
        const zAbs = floatForward(absoluteSpec(spec)).z;
        const z = floatForward(spec).z;
        const kinkSafe = z.every((m, k) => m.every((row, r) => row.every((v, n) => v === 0 ? zAbs[k]![r]![n] === 0 : Math.abs(v) > 4 * bound * zAbs[k]![r]![n]!)));
        fc.pre(spec.activation === 'linear' || kinkSafe);
        const magnitude = forwardModeReference(floatField, absoluteSpec(spec));
        // Act
        const [fl, ex] = [floatPairs(spec), exactPairs(spec)];
        // Assert
        fl.forEach((p, k) =>
          p.gradient.forEach((row, r) =>
            row.forEach((x, c) => {
              const A = magnitude[k]!.internal[r]![c]! + magnitude[k]!.external[r]![c]!;
              expect(Math.abs(x - exact.field.toNumber(ex[k]!.gradient[r]![c]!))).toBeLessThanOrEqual(bound * A);
            }),
          ),
        );
      }),
      { numRuns: 150 },
    );
  });
});
