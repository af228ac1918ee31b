import { init, killThreads } from 'z3-solver';
import type { Context } from 'z3-solver';
import { denseAlgebra } from '../algebra/dense.js';
import { type Term, z3Field } from '../algebra/z3-field.js';
import type { ClaimBody } from '../lang/kit.js';
import { entryNames, networkOfShape } from './nets.js';
import type { Shape } from '../lang/shapes.js';
import { z3Kit } from './z3-kit.js';

type Api = Awaited<ReturnType<typeof init>>;

/**
 * Z3's budget is counted in its deterministic resource units (rlimit), not in seconds; this
 * wall-clock cap is only a safety net. (Z3's QF_NRA strategy still moves between its tactics on
 * wall-clock timers of 4 s and more, so only a check that long could depend on the machine's load.)
 */
const SAFETY_TIMEOUT_MS = 300_000;

/** Resource units Z3 has spent in this context so far (the count is cumulative). */
const rlimitCount = (solver: { statistics(): unknown }): number => {
  const stats = solver.statistics() as { keys(): string[]; get(k: string): number };
  return stats.keys().includes('rlimit count') ? stats.get('rlimit count') : 0;
};
let api: Promise<{ api: Api; Z: Context<'main'> }> | undefined;

/**
 * Emscripten's messages, except that a worker we terminated still reported in: Z3 starts its
 * timer threads while a check holds this thread, so closeZ3 may end one that is still loading.
 */
const printErr = (text: string): void => {
  if (!text.includes('command from terminated worker')) process.stderr.write(`${text}\n`);
};

/** One Z3 context per process, made on first use (about 0.3 s). */
function z3(): Promise<{ api: Api; Z: Context<'main'> }> {
  api ??= init({ printErr }).then((a) => ({ api: a, Z: new a.Context('main') }));
  return api;
}

/** Ends Z3's worker threads, so the process can exit (a thread slow to go is left to the exit). */
export async function closeZ3(): Promise<void> {
  if (!api) return;
  const { api: a } = await api;
  api = undefined;
  await killThreads(a.em).catch(() => undefined);
}

const LBOOL = { [-1]: 'unsat', 0: 'unknown', 1: 'sat' } as const;

/**
 * Z3_solver_check on this thread, not through z3-solver's `check()`, which runs it on an
 * Emscripten worker thread and resolves through a message back to this one: a run of `claims`
 * once waited there for good (an idle worker, the reply never came). Blocks this thread for
 * the check (bounded by the rlimit budget).
 */
function checkHere(a: Api, Z: Context<'main'>, solver: { ptr: unknown }): 'sat' | 'unsat' | 'unknown' {
  const r = (a.em as { _Z3_solver_check(c: unknown, s: unknown): -1 | 0 | 1 })._Z3_solver_check(Z.ptr, solver.ptr);
  const code = a.Z3.get_error_code(Z.ptr);
  if (code !== 0) throw new Error(`Z3: ${a.Z3.get_error_msg(Z.ptr, code)}`);
  return LBOOL[r];
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
  const { api: a, Z } = await z3();
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
  const status = checkHere(a, Z, solver);
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
