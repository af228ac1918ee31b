import { afterAll, describe, expect, it } from 'vitest';
import type { Kit } from '../../src/lang/kit.js';
import type { Shape } from '../../src/lang/shapes.js';
import { closeZ3, decideWithZ3 } from '../../src/certify/z3-decide.js';
import { internalDotClaim } from '../support/internal-dot.js';

const linear: Shape = { activation: 'linear', widths: [1, 1, 1], batch: 0, zeroTargets: false };
/** False wherever W₁ ≠ 0: −‖W₁‖² ≥ 0. */
const minusSquareNonneg = <M, S>({ alg, net, ...k }: Kit<M, S>): void => k.nonneg('−‖W₁‖²', alg.field.neg(alg.dot(net.weights[0]!, net.weights[0]!)));

describe('decideWithZ3', () => {
  afterAll(closeZ3);

  it('decides on this thread: its answer needs no turn of the event loop (no worker reply to wait for)', async () => {
    // Arrange
    await decideWithZ3(internalDotClaim(false), linear, 1e6); // Z3 loaded
    let turned = false;
    setImmediate(() => (turned = true));
    // Act
    const z = await decideWithZ3(internalDotClaim(false), linear, 1e6);
    // Assert
    expect(z.status).toBe('unsat');
    expect(turned).toBe(false);
  });

  it('returns a model where the claim fails, and unknown when the budget runs out', async () => {
    const sat = await decideWithZ3(minusSquareNonneg, linear, 1e6);
    const starved = await decideWithZ3(internalDotClaim(false), { ...linear, widths: [2, 2, 1] }, 1);
    expect(sat.status).toBe('sat');
    const w = sat.status === 'sat' ? sat.values.filter((v) => v.name.startsWith('W1')) : [];
    expect(w.some((v) => v.numerator !== 0n)).toBe(true);
    expect(starved).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/of 1 resource units/) });
  });
});
