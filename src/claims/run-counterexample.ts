import { decideAt, exactSearch } from '../certify/exact-search.js';
import type { NetworkSpec } from '../io/network-file.js';
import { drawShapes } from '../certify/shapes.js';
import { shapeName } from '../lang/shapes.js';
import { decideWithZ3 } from '../certify/z3-decide.js';
import { modelCounterexample } from '../certify/z3-model.js';
import type { CounterexampleCheck } from '../lang/claim.js';
import type { CheckResult } from '../lang/check-result.js';
import { confirmed, crashed, savedNetwork } from './verdicts.js';
import { SOLVER_BUDGET } from './run-forall.js';

/**
 * "Some net of the shapes breaks `claim`": Z3 looks for a model of the claim's negation at
 * each shape (a sat model is a witness in exact rationals), then exact search. A witness
 * re-checked from its saved form proves it; none is inconclusive.
 */
export async function runCounterexample(check: CounterexampleCheck, seed: number): Promise<CheckResult> {
  const base = { label: check.label, kind: 'exists' as const };
  const shapes = drawShapes(check.nets, seed);
  try {
    for (const shape of shapes) {
      const z = await decideWithZ3(check.claim, shape, check.solverBudget ?? SOLVER_BUDGET, check.fixed);
      const model = z.status === 'sat' ? modelCounterexample(check.claim, shape, z) : undefined;
      if (model) return witnessed(check, 0, model.spec, `Z3 model (sat) at ${shapeName(shape)}`);
    }
    const search = exactSearch(check.claim, shapes, check.numRuns ?? 600, seed);
    if (search.crash !== undefined) return crashed(base, search.runs, search.crash);
    if (search.found) return witnessed(check, search.runs, search.found.spec, `exact search at ${shapeName(search.found.shape)}`);
    return { ...base, verdict: 'inconclusive', certified: false, runs: search.runs, evidence: `Z3 found no model at ${shapes.map(shapeName).join('; ')}, nor ${search.runs} exact runs a witness` };
  } catch (e) {
    return crashed(base, 0, e);
  }
}

/** A witness that breaks the claim, re-checked from its saved form, proves the check. */
function witnessed(check: CounterexampleCheck, runs: number, spec: NetworkSpec, how: string): CheckResult {
  const base = { label: check.label, kind: 'exists' as const };
  const again = confirmed((s) => decideAt(check.claim, s), spec);
  if ('not' in again) return crashed(base, runs, new Error(`witness from ${how} not confirmed: ${again.not}`));
  return {
    ...base, verdict: 'proved', certified: true, runs, quantity: again.quantity,
    evidence: `witness by ${how}, re-checked exactly: ${again.quantity}`,
    counterexample: savedNetwork(spec, `witness: ${again.quantity}`),
  };
}
