import { describe, expect, it } from 'vitest';
import type { MeanCheck } from '../../src/claims/claim.js';
import { runMean } from '../../src/claims/run-statistics.js';
import { batchGapCurve } from '../../src/theory/batch.js';
import { productMoments } from '../../src/theory/moments.js';
import { wideGapCurve } from '../../src/theory/wide-limit.js';
import { predictionCheck } from '../support/theory-checks.js';
import { batchSample, productSample, T8_TOLERANCE, within } from '../support/gaussian-moments.js';
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

  it('T8: the wide-limit moment c_2 = 3 and the batch moment without its Wick diagonal term are refuted', () => {
    const wideC2: MeanCheck = { kind: 'mean', label: 'c_2(4) = 3', range: within(3, T8_TOLERANCE.product), samples: productSample(2, 4), bounds: 'unbounded', maxTrials: 25600 };
    const m = productMoments(1, 6);
    const noDiagonal = 2 * m.trSq + 2 * 2 * m.trOfSq; // N u + N² v in place of N u + N(N + 1) v
    const wrongBatch: MeanCheck = { kind: 'mean', label: 'N u + N² v', range: within(noDiagonal, T8_TOLERANCE.batch), samples: batchSample(1, 6, 2), bounds: 'unbounded', maxTrials: 25600 };
    expect(verdict(wideC2)).toBe('refuted');
    expect(verdict(wrongBatch)).toBe('refuted');
  });

  it('T9: the prediction without the batch term (N = 1) is refuted at gap 1', () => {
    const { setup, gap } = T9_SITES.find((s) => s.gap === 1)!;
    const wrong = predictionCheck(setup, gap, batchGapCurve(setup, true)[gap - 1]!, t9Tolerance(setup));
    expect(verdict(wrong)).toBe('refuted');
  });
});
