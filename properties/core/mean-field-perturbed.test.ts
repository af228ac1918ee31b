import { describe, expect, it } from 'vitest';
import type { MeanCheck } from '../../src/lang/claim.js';
import { runMean } from '../../src/claims/run-statistics.js';
import { meanFieldGapCurve } from '../../src/theory/mean-field.js';
import { T10_SITES, t10Tolerance, T11_SITES, t11Tolerance, T12_SITES, t12Prediction } from '../support/mean-field-sites.js';
import { predictionCheck } from '../support/theory-checks.js';

/** The tolerances of T10–T12 are not vacuous: each claim's check, fed a plausible wrong prediction, is refuted. */
const SEED = 2018;
const verdict = (c: MeanCheck) => runMean(c, SEED).verdict;

describe('mean-field claims refute a perturbed prediction', () => {
  it('T10: the Jacobian gain E h′² in place of E (hh′)′ is refuted at every site (0.487 predicted, 0.380 and 0.125 measured)', () => {
    for (const { setup, gap } of T10_SITES) {
      const wrong = predictionCheck(setup, gap, meanFieldGapCurve(setup, 'jacobian-gain')[gap - 1]!, t10Tolerance(setup)); // Arrange
      expect(verdict(wrong)).toBe('refuted'); // Act, Assert
    }
  });

  it('T11: dropping the correlation map (κ = 0, the one-sample 0.516) is refuted at gap 1 (N = 8, measured 0.598)', () => {
    const { setup, gap } = T11_SITES[0]!;
    const wrong = predictionCheck(setup, gap, meanFieldGapCurve(setup, 'uncorrelated')[gap - 1]!, t11Tolerance(setup));
    expect(verdict(wrong)).toBe('refuted');
  });

  it('T12: the wide limit in place of the kernel chain is refuted where the batch effect is a finite-width one (tanh, linear)', () => {
    for (const { setup, gap } of T12_SITES.filter((s) => s.setup.activation !== 'relu')) {
      const wrong = predictionCheck(setup, gap, meanFieldGapCurve(setup)[gap - 1]!, t12Prediction(setup, gap).tolerance);
      expect(verdict(wrong)).toBe('refuted');
    }
  });
});
