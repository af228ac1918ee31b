import { adversarialSearch } from '../certify/adversarial.js';
import { decideAt, exactSearch } from '../certify/exact-search.js';
import { schwartzZippel } from '../certify/schwartz-zippel.js';
import { drawShapes } from '../certify/shapes.js';
import { freeEntries, scopeWords, type Shape, shapeName } from '../lang/shapes.js';
import { decideWithZ3 } from '../certify/z3-decide.js';
import { modelCounterexample } from '../certify/z3-model.js';
import type { NetworkSpec } from '../io/network-file.js';
import type { ForAllCheck } from '../lang/claim.js';
import type { Certificate, CheckResult } from '../lang/check-result.js';
import { confirmed, crashed, refutedBy, searchPower } from './verdicts.js';

/** Z3's default budget per shape, in its deterministic resource units (rlimit): about 15 s at most here. */
export const SOLVER_BUDGET = 2_000_000;

type Found = { spec: NetworkSpec; quantity: string; shape: Shape; how: string };

/** Certificates at each shape: Schwartz–Zippel where the claim is an identity, else Z3 at small shapes. */
async function certify(check: ForAllCheck, shapes: readonly Shape[], seed: number): Promise<{ certificates: Certificate[]; missing: string[]; found?: Found }> {
  const [certificates, missing] = [[] as Certificate[], [] as string[]];
  for (const [k, shape] of shapes.entries()) {
    const sz = check.solver === 'z3' ? { none: 'Z3 asked for' } : schwartzZippel(check.claim, shape, seed + 101 * k);
    if ('certificate' in sz) {
      certificates.push(sz.certificate);
      continue;
    }
    const why = 'none' in sz ? sz.none : sz.fails;
    if (freeEntries(shape) > (check.solverMaxEntries ?? 12)) {
      missing.push(`${shapeName(shape)}: ${why}; too large for Z3 (${freeEntries(shape)} entries)`);
      continue;
    }
    const z = await decideWithZ3(check.claim, shape, check.solverBudget ?? SOLVER_BUDGET);
    if (z.status === 'unsat') certificates.push({ kind: 'z3-unsat', shape: shapeName(shape), detail: `Z3: the negation is unsat over all real entries (${z.used} of ${check.solverBudget ?? SOLVER_BUDGET} resource units)` });
    else if (z.status === 'unknown') missing.push(`${shapeName(shape)}: ${why}; ${z.reason}`);
    else {
      const model = modelCounterexample(check.claim, shape, z);
      if (model) return { certificates, missing, found: { ...model, shape, how: 'Z3 model (sat)' } };
      missing.push(`${shapeName(shape)}: Z3 found a real counterexample that did not survive rounding to decimals`);
    }
  }
  return { certificates, missing };
}

/**
 * "For all nets of the shapes: claim" — exact search on random shapes within the bounds,
 * adversarial float search for inequalities, then a certificate at every shape. certified (for
 * the drawn shapes only: its scope states the bounds) when every shape is certified, never proved
 * (only a formal theorem makes it so, in runClaim); unrefuted when some shape is not; refuted on a re-checked
 * counterexample; error when the claim throws anything but its failure signal.
 */
export async function runForAll(check: ForAllCheck, seed: number): Promise<CheckResult> {
  const shapes = drawShapes(check.nets, seed);
  const scope = { covers: 'drawn shapes' as const, words: scopeWords(check.nets) };
  const base = { label: check.label, kind: 'forall' as const, shapes: shapes.map(shapeName), scope };
  const names = base.shapes.join('; ');
  try {
    const search = exactSearch(check.claim, shapes, check.numRuns ?? 600, seed);
    if (search.crash !== undefined) return crashed(base, search.runs, search.crash);
    let found: Found | undefined = search.found && { ...search.found, how: 'exact search' };
    for (const [k, shape] of shapes.slice(0, 3).entries()) {
      if (found || shape.activation === 'tanh') break;
      const adv = adversarialSearch(check.claim, shape, seed + 7 * k);
      if (adv) found = { ...adv, shape, how: 'adversarial float search, snapped to decimals' };
    }
    const cert = found ? undefined : await certify(check, shapes, seed);
    found ??= cert?.found;
    if (found) return refutedBy(base, search.runs, found, confirmed((spec) => decideAt(check.claim, spec), found.spec));
    const { certificates, missing } = cert!;
    const searched = `${search.runs} exact runs (${search.discarded} discarded by hypotheses) over ${shapes.length} shapes drawn within the bounds: ${names}`;
    if (missing.length === 0) {
      const kinds = [...new Set(certificates.map((c) => c.kind))].join(', ');
      return { ...base, verdict: 'certified', certified: true, runs: search.runs, certificates, evidence: `certified for ${scope.words}: ${searched}; certified at every shape drawn (${kinds})` };
    }
    return { ...base, verdict: 'unrefuted', certified: false, runs: search.runs, certificates, evidence: `${searched}; no certificate at ${missing.join('; ')}; ${searchPower(search.runs)}` };
  } catch (e) {
    return crashed(base, 0, e);
  }
}
