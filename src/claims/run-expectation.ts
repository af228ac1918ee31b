import { exactField } from '../algebra/exact-field.js';
import type { ExpectationCheck } from '../lang/claim.js';
import type { CheckResult } from '../lang/check-result.js';

/**
 * An expectation check: runs `compute` once and compares its exact value with the claimed one
 * in the exact field. Equal: certified at the sizes it names (a general formula needs a formal
 * proof to read proved), with a wick-exact certificate. Different: refuted, with both
 * values. A throw propagates (runClaim makes it an error verdict).
 */
export function runExpectation(check: ExpectationCheck): CheckResult {
  const { exact, claimed, how } = check.compute();
  const F = exactField();
  const equal = F.isZero(F.sub(F.parse(exact), F.parse(claimed)));
  const base = { label: check.label, kind: 'expectation' as const, runs: 1, scope: { covers: 'stated values' as const, words: `the sizes it names: ${check.label}` } };
  if (!equal) {
    const quantity = `E = ${exact} ≠ ${claimed} claimed`;
    return { ...base, verdict: 'refuted', certified: false, quantity, evidence: `${how}: ${quantity}` };
  }
  return {
    ...base, verdict: 'certified', certified: true,
    evidence: `${how}: ${exact} = ${claimed} claimed`,
    certificates: [{ kind: 'wick-exact', shape: check.label, detail: `E = ${exact} = ${claimed} claimed, exactly (Wick's theorem)` }],
  };
}
