/** S(A, B) = ⟨A, B⟩ / (‖A‖‖B‖), with S = 0 when a norm is 0; never NaN. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatAlgebra } from '../../src/algebra/float.js';
import { cosine } from '../../src/network/cosine.js';
import { exact } from './helpers.js';

const F = exact.field;
const ex = (rows: string[][]) => exact.fromRows(rows.map((r) => r.map((x) => F.parse(x))));
const fl = (rows: number[][]) => floatAlgebra.fromRows(rows);

describe('cosine', () => {
  it('edge values: parallel 1, opposite −1, orthogonal 0, a zero matrix 0', () => {
    expect(cosine(exact, ex([['1', '2']]), ex([['2', '4']]))).toBe(1);
    expect(cosine(exact, ex([['1', '2']]), ex([['-3', '-6']]))).toBe(-1);
    expect(cosine(exact, ex([['1', '0']]), ex([['0', '5']]))).toBe(0);
    expect(cosine(exact, ex([['0', '0']]), ex([['1', '1']]))).toBe(0);
    expect(cosine(floatAlgebra, fl([[0, 0]]), fl([[0, 0]]))).toBe(0);
  });

  it('equals the angle formula for 2-vectors: cos(θ_a − θ_b)', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (ta, tb, r) => {
        // Arrange: a = (cos θa, sin θa), b = r·(cos θb, sin θb)
        const a = fl([[Math.cos(ta), Math.sin(ta)]]);
        const b = fl([[r * Math.cos(tb), r * Math.sin(tb)]]);
        // Act / Assert
        expect(Math.abs(cosine(floatAlgebra, a, b) - Math.cos(ta - tb))).toBeLessThan(1e-12);
      }),
    );
  });

  it('has the exact sign of ⟨A, B⟩ and lies in [−1, 1]', () => {
    const entry = fc.integer({ min: -50, max: 50 }).map((k) => String(k / 10));
    const row = fc.array(entry, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(row, row, (a, b) => {
        const n = Math.min(a.length, b.length);
        const [A, B] = [ex([a.slice(0, n)]), ex([b.slice(0, n)])];
        const c = cosine(exact, A, B);
        const d = exact.dot(A, B);
        expect(Number.isNaN(c)).toBe(false);
        expect(Math.abs(c)).toBeLessThanOrEqual(1);
        const zeroNorm = F.isZero(exact.dot(A, A)) || F.isZero(exact.dot(B, B));
        expect(Math.sign(c)).toBe(zeroNorm || F.isZero(d) ? 0 : F.isPositive(d) ? 1 : -1);
      }),
    );
  });
});
