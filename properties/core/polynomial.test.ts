/**
 * Sparse polynomials over the exact field: expansions against hand-expanded ones, and
 * evaluation as a ring homomorphism (p·q and p + q evaluated = the values multiplied, added).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactField } from '../../src/algebra/exact-field.js';
import { add, constant, dot, evaluate, mul, type Polynomial, scale, sum, variable } from '../../src/algebra/polynomial.js';

const F = exactField();
type P = Polynomial<ReturnType<typeof F.parse>>;
/** A polynomial as { "0,0,1": "2", … }, for comparison with a hand expansion. */
const terms = (p: P): Record<string, string> => Object.fromEntries([...p].map(([k, t]) => [k, F.format(t.coeff)]));
const [x, y, z] = [variable(F, 0), variable(F, 1), variable(F, 2)];

describe('sparse polynomials', () => {
  it('expand as by hand: (x + y)² = x² + 2xy + y², (x − y)(x + y) = x² − y², 3·(z·x) = 3xz', () => {
    // Arrange
    const minusY = scale(F, F.parse('-1'), y);
    // Act
    const square = mul(F, add(F, x, y), add(F, x, y));
    const difference = mul(F, add(F, x, minusY), add(F, x, y));
    // Assert
    expect(terms(square)).toEqual({ '0,0': '1', '0,1': '2', '1,1': '1' });
    expect(terms(difference)).toEqual({ '0,0': '1', '1,1': '-1' }); // xy cancels and is dropped
    expect(terms(scale(F, F.parse('3'), mul(F, z, x)))).toEqual({ '0,2': '3' });
    expect(terms(sum(F, [x, scale(F, F.parse('-1'), x)]))).toEqual({});
    expect(terms(constant(F, F.parse('0.5')))).toEqual({ '': '0.5' });
    expect(terms(dot(F, [x, y], [y, z]))).toEqual({ '0,1': '1', '1,2': '1' });
  });

  it('evaluation is a ring homomorphism: (p·q)(a) = p(a)·q(a), (p + q)(a) = p(a) + q(a)', () => {
    const coeff = fc.integer({ min: -9, max: 9 }).map(String);
    const poly = fc.array(fc.tuple(coeff, fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 3 })), { maxLength: 5 })
      .map((ts) => sum(F, ts.map(([c, vs]) => scale(F, F.parse(c), vs.reduce<P>((m, v) => mul(F, m, variable(F, v)), constant(F, F.one))))));
    const point = fc.tuple(coeff, coeff, coeff).map((a) => a.map((t) => F.parse(`${t}.5`)));
    fc.assert(fc.property(poly, poly, point, (p, q, a) => {
      const at = (v: number) => a[v]!; // Arrange
      const [pq, pPlusQ] = [evaluate(F, mul(F, p, q), at), evaluate(F, add(F, p, q), at)]; // Act
      expect(F.format(pq)).toBe(F.format(F.mul(evaluate(F, p, at), evaluate(F, q, at)))); // Assert
      expect(F.format(pPlusQ)).toBe(F.format(F.add(evaluate(F, p, at), evaluate(F, q, at))));
    }), { numRuns: 200 });
  });

  it('refuses a variable id that is not an integer ≥ 0, and dot products of unequal lengths', () => {
    expect(() => variable(F, -1)).toThrow(/integer ≥ 0/);
    expect(() => dot(F, [x], [])).toThrow(/lengths 1 and 0/);
  });
});
