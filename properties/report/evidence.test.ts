/** The index's evidence in words: intervals printed with enough digits to tell them from the claimed bound. */
import { describe, expect, it } from 'vitest';
import { checkSentence, digits, intervalText } from '../../src/report/evidence.js';
import type { ReportCheck } from '../../src/report/claims-json.js';

const stat = (lo: number, hi: number, claimed: { lo?: number; hi?: number }): ReportCheck =>
  ({ label: 'l', kind: 'mean', verdict: 'supported', certified: false, runs: 9, evidence: 'e', stats: { method: 'm', estimate: (lo + hi) / 2, lo, hi, alpha: 1e-6, n: 9, claimed } });

describe('evidence in words', () => {
  it('prints an interval end with more digits where three would read equal to the claimed bound', () => {
    expect(digits(0.52941, [0.529])).toBe('0.5294');
    expect(digits(0.599, [0.529, 0.654])).toBe('0.599');
    expect(intervalText(stat(0.52941, 0.599, { lo: 0.529, hi: 0.654 }))).toBe('confidence interval [0.5294, 0.599], claimed between 0.529 and 0.654');
    expect(intervalText(stat(0.9001, 0.986, { lo: 0.9 }))).toBe('confidence interval [0.9001, 0.986], claimed above 0.9');
  });

  it('says how a universal check was decided, by its scope', () => {
    const k = (scope: ReportCheck['scope'], certified = true): ReportCheck => ({ label: 'l', kind: 'forall', verdict: 'certified', certified, runs: 5, evidence: 'e', scope, certificates: [{ kind: 'z3-unsat', shape: 's', detail: 'd' }] });
    expect(checkSentence(k({ covers: 'every shape', words: 'any widths' }))).toBe('proved for every shape (Coq)');
    expect(checkSentence(k({ covers: 'drawn shapes', words: 'linear, depth 2' }))).toBe('certified for linear, depth 2 (z3-unsat)');
    expect(checkSentence(k({ covers: 'drawn shapes', words: 'linear, depth 2' }, false))).toBe('5 runs, no certificate');
  });
});
