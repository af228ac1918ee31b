import { describe, expect, it } from 'vitest';
import type { ExpectationCheck, MeanCheck } from '../../src/lang/claim.js';
import { runExpectation } from '../../src/claims/run-expectation.js';
import { runMean } from '../../src/claims/run-statistics.js';
import { batchGapCurve } from '../../src/theory/batch.js';
import { productMomentsIn, widthIn } from '../../src/theory/moments.js';
import { wideGapCurve } from '../../src/theory/wide-limit.js';
import { predictionCheck } from '../support/theory-checks.js';
import { batchExpectation, F, productExpectations } from '../support/gaussian-moments.js';
import { T5_SITES, t5Tolerance, T6_SITES, t6Tolerance, T7_SITES, t7Prediction, T9_SITES, t9Tolerance } from '../support/theory-sites.js';

/** The tolerances are not vacuous: each claim's check, fed a deliberately wrong prediction, is refuted. */
const SEED = 2018;
const verdict = (c: MeanCheck) => runMean(c, SEED).verdict;

describe('theory claims refute a perturbed prediction', () => {
  it('T5: k in place of k + 1 is refuted at every site', () => {
    for (const { setup, gap } of T5_SITES) {
      const wrong = predictionCheck(setup, gap, wideGapCurve(setup, -1)[gap - 1]!, t5Tolerance(setup)); // Arrange
      expect(verdict(wrong)).toBe('refuted'); // Act, Assert
    }
  });

  it('T6: k in place of k + 1 is refuted at every site', () => {
    for (const { setup, gap } of T6_SITES) {
      const wrong = predictionCheck(setup, gap, wideGapCurve(setup, -1)[gap - 1]!, t6Tolerance(setup));
      expect(verdict(wrong)).toBe('refuted');
    }
  });

  it('T7: the wide limit in place of the finite-width law is refuted at gap 1 (W = 6 linear, W = 12 ReLU)', () => {
    for (const { setup, gap } of T7_SITES.filter((s) => s.gap === 1)) {
      const { tolerance } = t7Prediction(setup, gap);
      const wrong = predictionCheck(setup, gap, wideGapCurve(setup)[gap - 1]!, tolerance);
      expect(verdict(wrong)).toBe('refuted');
    }
  });

  it('T8: the wide-limit c_2 = 3, c_2 without its 3/W² term, and the batch moment without its Wick diagonal are refuted', () => {
    // Arrange: the exact expectations, against wrong claimed values
    const c2 = F.format(F.mul(productExpectations(2, 4).trOfSq.value, widthIn(F, 4).invW)); // 3 + 3/4 + 3/16
    const m = productMomentsIn(F, 1, widthIn(F, 4));
    const noDiagonal = F.add(F.mul(F.parse('2'), m.trSq), F.mul(F.parse('4'), m.trOfSq)); // N u + N² v, N = 2
    const batch = F.format(batchExpectation(1, 4, 2).value);
    const wrong = (claimed: string, exact: string): ExpectationCheck => ({ kind: 'expectation', label: `claimed ${claimed}`, compute: () => ({ exact, claimed, how: 'by Wick' }) });
    // Act
    const results = [wrong('3', c2), wrong('3.75', c2), wrong(F.format(noDiagonal), batch)].map(runExpectation);
    // Assert
    expect(results.map((r) => [r.verdict, r.certified, r.quantity])).toEqual([
      ['refuted', false, 'E = 3.9375 ≠ 3 claimed'],
      ['refuted', false, 'E = 3.9375 ≠ 3.75 claimed'],
      ['refuted', false, 'E = 90 ≠ 72 claimed'], // N u₁ + N(N+1) v₁ = 2·18 + 6·9 (u₁ = W² + 2, v₁ = 2W + 1)
    ]);
  });

  it('T9: the prediction without the batch term (N = 1) is refuted at gap 1', () => {
    const { setup, gap } = T9_SITES.find((s) => s.gap === 1)!;
    const wrong = predictionCheck(setup, gap, batchGapCurve(setup, true)[gap - 1]!, t9Tolerance(setup));
    expect(verdict(wrong)).toBe('refuted');
  });
});
