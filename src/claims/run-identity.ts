import fc from 'fast-check';
import { shares } from '../certify/exact-search.js';
import type { ExistsCheck, IdentityCheck, Sample } from '../lang/claim.js';
import type { CheckResult } from '../lang/check-result.js';
import { ClaimFailure, isFailureSignal } from '../lang/failure.js';
import { confirmed, crashed, refutedBy, searchPower } from './verdicts.js';

type Outcome = ReturnType<IdentityCheck<Sample>['predicate']>;

/** Turns a predicate's answer into the failure signal: false, or a negative margin (number or exact decimal). */
export function judge(answer: Outcome): void {
  if (answer === false) throw new ClaimFailure('the predicate returned false');
  if (typeof answer === 'number') {
    if (Number.isNaN(answer)) throw new TypeError('the predicate returned the margin NaN');
    if (answer < 0) throw new ClaimFailure(`margin ${answer} < 0`);
  } else if (answer && typeof answer === 'object' && 'isNegative' in answer && answer.isNegative() && !(answer as { isZero?(): boolean }).isZero?.()) {
    throw new ClaimFailure(`margin ${String(answer)} < 0`);
  }
}

/** The search minimum for an opaque predicate: its verdict rests on search alone. */
export const MIN_IDENTITY_RUNS = 3000;

/**
 * "For all t: predicate(t)" with an opaque predicate, searched exactly shape by shape
 * (smallest first, runs shared by `shares`: more on the smaller shapes). Its degree cannot be computed, so it is never certified:
 * *unrefuted* at best. A counterexample is re-checked from its saved form before it refutes;
 * an exception that is not the failure signal is an error.
 */
export function runIdentity<T extends Sample>(check: IdentityCheck<T>, seed: number): CheckResult {
  const scope = { covers: 'drawn shapes' as const, words: `the ${check.arbitraries.length} shape${check.arbitraries.length === 1 ? '' : 's'} its arbitraries draw` };
  const base = { label: check.label, kind: 'identity' as const, scope };
  const per = shares(Math.max(check.numRuns ?? MIN_IDENTITY_RUNS, MIN_IDENTITY_RUNS), check.arbitraries.length);
  const decide = (t: T) => judge(check.predicate(t));
  let [runs, skipped, crash] = [0, 0, undefined as unknown];
  for (const [k, arbitrary] of check.arbitraries.entries()) {
    const property = fc.property(arbitrary, (t) => {
      try {
        decide(t);
      } catch (e) {
        if (!fc.PreconditionFailure.isFailure(e) && !isFailureSignal(e)) crash ??= e;
        throw e;
      }
    });
    const details = fc.check(property, { seed: seed + k, numRuns: per[k]! });
    [runs, skipped] = [runs + details.numRuns, skipped + details.numSkips];
    if (crash !== undefined) return crashed(base, runs, crash);
    if (details.failed && !details.counterexample) {
      return { ...base, verdict: 'inconclusive', certified: false, runs, evidence: `shape ${k + 1}: ${details.numSkips} runs skipped by a hypothesis (fc.pre) before ${details.numRuns} ran` };
    }
    if (details.failed) {
      const [value] = details.counterexample!;
      const again = confirmed((spec) => decide({ ...value, spec }), value.spec);
      const r = refutedBy(base, runs, { spec: value.spec, how: `exact search on shape ${k + 1} of ${check.arbitraries.length}` }, again);
      return r.counterexample ? { ...r, counterexample: { ...r.counterexample, value, display: fc.stringify(value), seed: details.seed, path: details.counterexamplePath ?? '' } } : r;
    }
  }
  const evidence = `${runs} exact runs (${skipped} skipped by hypotheses) over ${check.arbitraries.length} shapes, no counterexample; an opaque predicate has no computed degree, so no certificate (write it as a forall check to certify it); ${searchPower(runs)}`;
  return { ...base, verdict: 'unrefuted', certified: false, runs, evidence };
}

/** Searches for a witness t with predicate(t); a witness, re-checked from its saved form, proves it. A throw is an error. */
export function runExists<T extends Sample>(check: ExistsCheck<T>, seed: number): CheckResult {
  const base = { label: check.label, kind: 'exists' as const };
  const numRuns = check.numRuns ?? 1000;
  let crash: unknown;
  const property = fc.property(check.arbitrary, (t) => {
    try {
      return !check.predicate(t);
    } catch (e) {
      crash ??= e;
      return true;
    }
  });
  const details = fc.check(property, { seed, numRuns });
  if (crash !== undefined) return crashed(base, details.numRuns, crash);
  if (details.failed && details.counterexample) {
    const [value] = details.counterexample;
    const again = confirmed((spec) => {
      if (check.predicate({ ...value, spec })) throw new ClaimFailure(`witness: ${check.label}`);
    }, value.spec);
    if ('not' in again) return crashed(base, details.numRuns, new Error(`witness not confirmed: ${again.not}`));
    const witness = { value, display: fc.stringify(value), seed: details.seed, path: details.counterexamplePath ?? '', reason: `witness: ${check.label}` };
    return { ...base, verdict: 'proved', certified: true, runs: details.numRuns, evidence: `witness found after ${details.numRuns} run(s), shrunk, re-checked from its saved form`, counterexample: witness };
  }
  return { ...base, verdict: 'inconclusive', certified: false, runs: numRuns, evidence: `no witness in ${numRuns} runs` };
}
