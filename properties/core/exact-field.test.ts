/**
 * The exact backend never rounds: every sum and product equals the BigInt-exact
 * result, or throws ExactnessError. Oracle: BigInt scaled integers (oracles/bigint-decimal.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactnessError, exactField } from '../../src/algebra/exact-field.js';
import { addBig, mulBig, parseBig } from '../oracles/bigint-decimal.js';

/** Decimals with up to 30 digits and exponents from −40 to 40. */
const wideDecimal = fc
  .record({ m: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), e: fc.integer({ min: -40, max: 40 }) })
  .map(({ m, e }) => `${m}e${e}`);

describe('exactField', () => {
  it('edge values: cancellation to zero, carries, tiny plus huge', () => {
    const F = exactField({ precision: 60 });
    expect(F.format(F.sub(F.parse('0.1'), F.parse('0.1')))).toBe('0');
    expect(F.format(F.add(F.parse('9.99'), F.parse('0.01')))).toBe('10');
    expect(F.format(F.add(F.parse('1e20'), F.parse('1e-20')))).toBe('100000000000000000000.00000000000000000001');
    expect(F.format(F.mul(F.parse('-0.3'), F.parse('0.7')))).toBe('-0.21');
  });

  it('throws rather than round when a result needs more digits than the precision', () => {
    const F = exactField({ precision: 5 });
    expect(() => F.mul(F.parse('123'), F.parse('456'))).toThrow(ExactnessError); // 56088 needs 5 ≤ 3+3 digits: bound refuses
    expect(() => F.add(F.parse('1e10'), F.parse('1'))).toThrow(ExactnessError);
    expect(F.format(F.mul(F.parse('12'), F.parse('34')))).toBe('408');
  });

  it('add, sub and mul equal the BigInt-exact result or throw (never a rounded value)', () => {
    fc.assert(
      fc.property(wideDecimal, wideDecimal, fc.integer({ min: 2, max: 90 }), (a, b, precision) => {
        // Arrange
        const F = exactField({ precision });
        const [x, y] = [parseBig(a), parseBig(b)];
        const cases: [() => unknown, ReturnType<typeof parseBig>][] = [
          [() => F.add(F.parse(a), F.parse(b)), addBig(x, y)],
          [() => F.sub(F.parse(a), F.parse(b)), addBig(x, { m: -y.m, e: y.e })],
          [() => F.mul(F.parse(a), F.parse(b)), mulBig(x, y)],
        ];
        for (const [op, exact] of cases) {
          // Act
          let got: string;
          try {
            got = F.format(op() as never);
          } catch (e) {
            expect(e).toBeInstanceOf(ExactnessError);
            continue;
          }
          // Assert
          expect(parseBig(got)).toEqual(exact);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('with enough precision nothing throws: the guard is not vacuous', () => {
    fc.assert(
      fc.property(wideDecimal, wideDecimal, (a, b) => {
        const F = exactField({ precision: 200 });
        expect(parseBig(F.format(F.add(F.parse(a), F.parse(b))))).toEqual(addBig(parseBig(a), parseBig(b)));
        expect(parseBig(F.format(F.mul(F.parse(a), F.parse(b))))).toEqual(mulBig(parseBig(a), parseBig(b)));
      }),
      { numRuns: 300 },
    );
  });
});
