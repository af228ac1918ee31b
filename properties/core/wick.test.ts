/**
 * Wick's theorem, exactly, against hand-computed Gaussian moments: E x^{2m} = (2m − 1)!! σ^{2m},
 * odd moments 0, independent variables factor; and T8's expansion against the Wishart
 * values E tr A² = 1, E tr AᵀA = W, c_1(W) = E tr(AᵀA)²/W = 2 + 1/W (entries N(0, 1/W)).
 */
import { describe, expect, it } from 'vitest';
import { exactField } from '../../src/algebra/exact-field.js';
import { add, dot, mul, type Polynomial, variable } from '../../src/algebra/polynomial.js';
import { doubleFactorial, expectation, monomialExpectation } from '../../src/theory/wick.js';
import { productExpectations } from '../support/gaussian-moments.js';

const F = exactField();
type P = Polynomial<ReturnType<typeof F.parse>>;
/** x₀ has variance 1/4, x₁ variance 1/2. */
const variance = (v: number) => F.parse(['0.25', '0.5'][v]!);
const E = (vars: number[]): string => F.format(monomialExpectation(F, vars, variance));
const power = (p: P, n: number): P => Array.from({ length: n - 1 }, () => p).reduce((acc, q) => mul(F, acc, q), p);

describe("Wick's theorem (Isserlis) for independent centred Gaussians", () => {
  it('double factorials: (−1)!! = 0!! = 1!! = 1, 3!! = 3, 5!! = 15, 6!! = 48, 7!! = 105', () => {
    expect([-1, 0, 1, 3, 5, 6, 7].map(doubleFactorial)).toEqual([1, 1, 1, 3, 15, 48, 105]);
  });

  it('E x² = σ², E x⁴ = 3σ⁴, E x⁶ = 15σ⁶ (σ² = 1/4), odd moments 0, E 1 = 1', () => {
    expect([E([0, 0]), E([0, 0, 0, 0]), E([0, 0, 0, 0, 0, 0])]).toEqual(['0.25', '0.1875', '0.234375']);
    expect([E([0]), E([0, 0, 0]), E([0, 0, 0, 0, 0])]).toEqual(['0', '0', '0']);
    expect(E([])).toBe('1');
  });

  it('independent variables factor: E x²y² = σ_x²σ_y², E x⁴y² = 3σ_x⁴σ_y², E xy = E x²y = 0', () => {
    expect([E([0, 0, 1, 1]), E([0, 0, 0, 0, 1, 1])]).toEqual(['0.125', '0.09375']);
    expect([E([0, 1]), E([0, 0, 1])]).toEqual(['0', '0']);
  });

  it('a sum of independent Gaussians is Gaussian: E(x + y)⁴ = 3(σ_x² + σ_y²)² = 3·(3/4)², over 5 monomials', () => {
    const e = expectation(F, power(add(F, variable(F, 0), variable(F, 1)), 4), variance); // Act
    expect([F.format(e.value), e.monomials, e.paired]).toEqual(['1.6875', 5, 3]); // Assert
  });
});

describe("T8's expansion, exactly, against hand-computed Gaussian matrix moments", () => {
  /** A W×W matrix of variables 0 … W² − 1 (row-major), each of variance 1/W. */
  const matrix = (W: number): P[][] => Array.from({ length: W }, (_, a) => Array.from({ length: W }, (_, b) => variable(F, a * W + b)));
  const byWidth = (W: number) => () => F.parse(String(1 / W));

  it('E tr A² = Σ_ab E A_ab A_ba = W · (1/W) = 1 and E tr AᵀA = W² · (1/W) = W, for W = 1, 2', () => {
    for (const W of [1, 2]) {
      const A = matrix(W); // Arrange
      const trA2 = dot(F, A.flat(), A.flatMap((_, b) => A.map((row) => row[b]!))); // Act
      const trAtA = dot(F, A.flat(), A.flat());
      expect(F.format(expectation(F, trA2, byWidth(W)).value)).toBe('1'); // Assert
      expect(F.format(expectation(F, trAtA, byWidth(W)).value)).toBe(String(W));
    }
  });

  it('Wishart: c_1(W) = E tr(AᵀA)²/W = 2 + 1/W and E (tr AᵀA)² = W² + 2, for W = 1, 2, 4', () => {
    for (const [W, c1, u1] of [[1, '3', '3'], [2, '2.5', '6'], [4, '2.25', '18']] as const) {
      const e = productExpectations(1, W); // Act
      expect(F.format(F.mul(e.trOfSq.value, F.parse(String(1 / W))))).toBe(c1); // Assert
      expect(F.format(e.trSq.value)).toBe(u1);
    }
  });
});
