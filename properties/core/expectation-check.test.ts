/**
 * The expectation check kind: equal exact values are certified with a wick-exact certificate,
 * different ones refuted with both values, a throwing computation an error (runClaim).
 */
import { describe, expect, it } from 'vitest';
import type { Claim, ExpectationCheck } from '../../src/lang/claim.js';
import { runClaim } from '../../src/claims/run-claim.js';
import { runExpectation } from '../../src/claims/run-expectation.js';

const check = (exact: string, claimed: string): ExpectationCheck =>
  ({ kind: 'expectation', label: 'E x⁴ = 3σ⁴', compute: () => ({ exact, claimed, how: 'by Wick over 1 monomial' }) });

describe('expectation checks', () => {
  it('equal exact values, however written (0.1875 and 0.18750), are certified (for the values it names), with a wick-exact certificate', () => {
    const r = runExpectation(check('0.1875', '0.18750')); // Act
    expect([r.kind, r.verdict, r.certified, r.runs]).toEqual(['expectation', 'certified', true, 1]); // Assert
    expect(r.evidence).toBe('by Wick over 1 monomial: 0.1875 = 0.18750 claimed');
    expect(r.certificates).toEqual([{ kind: 'wick-exact', shape: 'E x⁴ = 3σ⁴', detail: "E = 0.1875 = 0.18750 claimed, exactly (Wick's theorem)" }]);
  });

  it('values that differ in the 30th digit are refuted, printing both', () => {
    const r = runExpectation(check('0.1875', '0.187500000000000000000000000001')); // Act
    expect([r.verdict, r.certified, r.certificates]).toEqual(['refuted', false, undefined]); // Assert
    expect(r.quantity).toBe('E = 0.1875 ≠ 0.187500000000000000000000000001 claimed');
    expect(r.evidence).toBe(`by Wick over 1 monomial: ${r.quantity}`);
  });

  it('a computation that throws is an error verdict of its claim, naming the message', async () => {
    // Arrange
    const throwing: ExpectationCheck = { kind: 'expectation', label: 'x', compute: () => { throw new RangeError('widthIn: 1/3 is not a finite decimal'); } };
    const claim: Claim = { id: 'X9', name: 'throws', statement: 's', hypotheses: 'h', source: 'new', checks: [throwing, check('1', '1')], property: 'p', proof: 'q' };
    // Act
    const r = await runClaim(claim, 1);
    // Assert
    expect(r.verdict).toBe('error');
    expect(r.checks.map((c) => c.verdict)).toEqual(['error', 'certified']);
    expect(r.error).toMatch(/1\/3 is not a finite decimal/);
  });
});
