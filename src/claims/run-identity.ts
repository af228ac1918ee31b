import fc from 'fast-check';
import type { ExistsCheck, IdentityCheck, Sample } from './claim.js';
import { type CheckResult, counterexampleOf } from './check-result.js';

/**
 * Runs "for all t: predicate(t)" exactly, shape by shape, smallest first, stopping at
 * the first shape with a counterexample. On success the evidence carries the
 * Schwartz–Zippel bound: a nonzero polynomial of total degree d vanishes at a uniform
 * point of Sⁿ with probability ≤ d/|S|, so a false identity survives r independent
 * runs at one shape with probability ≤ (d/|S|)^r.
 */
export function runIdentity<T extends Sample>(check: IdentityCheck<T>, seed: number): CheckResult {
  const shapes = check.arbitraries;
  const runsPerShape = Math.ceil((check.numRuns ?? 100) / shapes.length);
  const bounds: { degree: number | undefined }[] = [];
  for (const [k, arbitrary] of shapes.entries()) {
    let degree: number | undefined;
    const property = fc.property(arbitrary, (t) => {
      degree = check.degree?.(t);
      return check.predicate(t) !== false;
    });
    const details = fc.check(property, { seed: seed + k, numRuns: runsPerShape });
    if (details.failed && !details.counterexample) {
      return { label: check.label, kind: 'identity', verdict: 'inconclusive', certified: false, runs: details.numRuns, evidence: `shape ${k + 1}: ${details.numSkips} runs skipped by a hypothesis (fc.pre) before ${details.numRuns} ran` };
    }
    if (details.failed) {
      const counterexample = counterexampleOf(details);
      return { label: check.label, kind: 'identity', verdict: 'refuted', certified: false, runs: details.numRuns, evidence: `counterexample on shape ${k + 1} of ${shapes.length} (${counterexample.reason})`, counterexample };
    }
    bounds.push({ degree });
  }
  const runs = runsPerShape * shapes.length;
  return { label: check.label, kind: 'identity', verdict: 'proved', certified: false, runs, evidence: `${runs} exact runs, ${runsPerShape} on each of ${shapes.length} shapes; ${szBound(bounds, runsPerShape, check.setSize)}` };
}

function szBound(shapes: { degree: number | undefined }[], runs: number, setSize: number | undefined): string {
  const degrees = shapes.map((s) => s.degree).filter((d): d is number => d !== undefined);
  if (setSize === undefined || degrees.length < shapes.length) return 'not a polynomial identity: no Schwartz–Zippel bound';
  const d = Math.max(...degrees);
  return `Schwartz–Zippel: P(a false identity passes) ≤ (${d}/${setSize})^${runs} = ${((d / setSize) ** runs).toExponential(1)} at each shape`;
}

/** Searches for a witness t with predicate(t); found: proved (the witness is the evidence). */
export function runExists<T extends Sample>(check: ExistsCheck<T>, seed: number): CheckResult {
  const numRuns = check.numRuns ?? 1000;
  const details = fc.check(fc.property(check.arbitrary, (t) => !check.predicate(t)), { seed, numRuns });
  if (details.failed && details.counterexample) {
    const witness = { ...counterexampleOf(details), reason: `witness: ${check.label}` };
    return { label: check.label, kind: 'exists', verdict: 'proved', certified: true, runs: details.numRuns, evidence: `witness found after ${details.numRuns} run(s), shrunk`, counterexample: witness };
  }
  return { label: check.label, kind: 'exists', verdict: 'inconclusive', certified: false, runs: numRuns, evidence: `no witness in ${numRuns} runs` };
}
