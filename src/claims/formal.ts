import type { Claim, FormalRef } from '../lang/claim.js';
import type { CheckResult } from '../lang/check-result.js';
import { checkFormal, type FormalStatus } from '../formal/pinned.js';

/** Does the claim's formal theorem cover this check? Universal kit checks, unless they opt out. */
const covered = (claim: Claim, k: number): boolean => {
  const check = claim.checks[k]!;
  return check.kind === 'forall' && check.formal !== false;
};

/** A certified check lifted to proved: the formal theorem covers every shape. */
function lift(c: CheckResult, ref: FormalRef): CheckResult {
  return {
    ...c, verdict: 'proved',
    scope: { covers: 'every shape', words: ref.scope },
    evidence: `proved for every shape (${ref.scope}) by the Coq theorem ${ref.theorem} (${ref.file}), closed under the global context; and ${c.evidence}`,
  };
}

/** Why a certified check stays certified although the claim names a theorem. */
const unchecked = (c: CheckResult, ref: FormalRef, why: string): CheckResult =>
  ({ ...c, evidence: `${c.evidence}; formal theorem ${ref.theorem} not checked: ${why}` });

/**
 * Checks the claim's formal theorem (proofs/formal/, src/formal/pinned.ts) and lifts every check
 * it covers from certified to proved. A theorem that does not check lifts nothing, and each
 * covered check says why.
 */
export async function withFormal(claim: Claim, checks: readonly CheckResult[]): Promise<{ checks: CheckResult[]; formal?: FormalRef & { status: FormalStatus } }> {
  const ref = claim.formal;
  if (!ref) return { checks: [...checks] };
  const status = await checkFormal(ref);
  const next = checks.map((c, k) => {
    if (!covered(claim, k) || c.verdict !== 'certified') return c;
    return status.checked ? lift(c, ref) : unchecked(c, ref, status.why);
  });
  return { checks: next, formal: { ...ref, status } };
}
