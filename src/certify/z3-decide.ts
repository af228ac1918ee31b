import { init, killThreads } from 'z3-solver';
import type { Context } from 'z3-solver';
import { denseAlgebra } from '../algebra/dense.js';
import { type Term, z3Field } from '../algebra/z3-field.js';
import type { ClaimBody } from '../claims/kit.js';
import { entryNames, networkOfShape } from './nets.js';
import type { Shape } from './shapes.js';
import { z3Kit } from './z3-kit.js';

type Api = Awaited<ReturnType<typeof init>>;

/** Z3's budget is counted in its deterministic resource units (rlimit), not in seconds, so a verdict never depends on the machine's load; this wall-clock cap is only a safety net. */
const SAFETY_TIMEOUT_MS = 300_000;

/** Resource units Z3 has spent in this context so far (the count is cumulative). */
const rlimitCount = (solver: { statistics(): unknown }): number => {
  const stats = solver.statistics() as { keys(): string[]; get(k: string): number };
  return stats.keys().includes('rlimit count') ? stats.get('rlimit count') : 0;
};
let api: Promise<{ api: Api; Z: Context<'main'> }> | undefined;

/** One Z3 context per process, made on first use (about 0.3 s). */
function z3(): Promise<{ api: Api; Z: Context<'main'> }> {
  api ??= init().then((a) => ({ api: a, Z: new a.Context('main') }));
  return api;
}

/** Ends Z3's worker threads, so the process can exit. */
export async function closeZ3(): Promise<void> {
  if (!api) return;
  const { api: a } = await api;
  api = undefined;
  await killThreads(a.em);
}

export type Z3Outcome =
  | { status: 'unsat'; used: number }
  | { status: 'sat'; values: { name: string; numerator: bigint; denominator: bigint }[] }
  | { status: 'unknown'; reason: string };

/**
 * Decides the claim at a shape over all real entries: asserts the hypotheses and the negation
 * of the conjunction of its atoms (ReLU as If). unsat: the claim holds at every real point of
 * the shape; sat: the model is a counterexample (exact rationals); unknown: no certificate.
 * `fixed` pins entries by name to constants (a narrower search: its unsat certifies nothing).
 * `budget` is Z3's rlimit: deterministic resource units.
 */
export async function decideWithZ3(body: ClaimBody, shape: Shape, budget: number, fixed: Readonly<Record<string, string>> = {}): Promise<Z3Outcome> {
  const { Z } = await z3();
  const names = entryNames(shape);
  const vars = names.map((n) => (n in fixed ? Z.Real.val(fixed[n]!) : Z.Real.const(n)));
  const alg = denseAlgebra(z3Field(Z));
  const { kit, formulas } = z3Kit(Z, alg, networkOfShape(alg, shape, vars as Term[]));
  body(kit);
  const solver = new Z.Solver();
  solver.set('rlimit', budget);
  solver.set('timeout', SAFETY_TIMEOUT_MS);
  solver.add(...formulas.hypotheses, Z.Not(Z.And(...formulas.goals)));
  const before = rlimitCount(solver);
  const status = await solver.check();
  const used = rlimitCount(solver) - before;
  if (status === 'unsat') return { status, used };
  if (status === 'unknown') return { status, reason: `Z3: unknown (${solver.reasonUnknown()}) after ${used} of ${budget} resource units` };
  const model = solver.model();
  const values = vars.map((v, k) => {
    const x = model.eval(v, true) as unknown as { value(): { numerator: bigint; denominator: bigint } };
    return { name: names[k]!, ...x.value() };
  });
  return { status, values };
}
