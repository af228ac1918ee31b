import fc from 'fast-check';
import { denseAlgebra } from '../algebra/dense.js';
import { exactField } from '../algebra/exact-field.js';
import type { ClaimBody } from '../lang/kit.js';
import { isFailureSignal } from '../lang/failure.js';
import { loadNetwork } from '../io/load.js';
import type { NetworkSpec } from '../io/network-file.js';
import { simpleEntry } from './entries.js';
import { decidingKit, HypothesisFails } from './exact-kit.js';
import { specsOfShape } from './nets.js';
import type { Shape } from '../lang/shapes.js';

export const exact = denseAlgebra(exactField());

/** Runs the claim exactly at one network file: throws ClaimFailure where it fails, HypothesisFails where a hypothesis does. */
export function decideAt(body: ClaimBody, spec: NetworkSpec): void {
  body(decidingKit(exact, loadNetwork(exact, spec)));
}

export interface SearchOutcome {
  readonly runs: number;
  readonly discarded: number;
  readonly found?: { spec: NetworkSpec; quantity: string; shape: Shape };
  /** An exception that is not the claim's failure signal. */
  readonly crash?: unknown;
}

/**
 * Run shares for shapes smallest first: half spread evenly, half ∝ 1/(k + 1), so small shapes
 * (where most rare counterexamples live) get more, and no shape gets few.
 */
export function shares(total: number, shapes: number): number[] {
  const w = Array.from({ length: shapes }, (_, k) => 1 / (k + 1));
  const sum = w.reduce((a, b) => a + b, 0);
  const share = w.map((x) => Math.max(1, Math.floor(total / (2 * shapes) + (total * x) / (2 * sum))));
  for (let k = 0, left = total - share.reduce((a, b) => a + b, 0); left > 0; k = (k + 1) % shapes, left--) share[k]!++;
  return share;
}

/** Exact search, shape by shape, smallest first; entries biased to simple values, shrunk towards them. */
export function exactSearch(body: ClaimBody, shapes: readonly Shape[], numRuns: number, seed: number): SearchOutcome {
  let [runs, discarded] = [0, 0];
  let crash: unknown;
  const runsPerShape = shares(numRuns, shapes.length);
  for (const [k, shape] of shapes.entries()) {
    const property = fc.property(specsOfShape(shape, simpleEntry()), (spec) => {
      try {
        decideAt(body, spec);
      } catch (e) {
        if (e instanceof HypothesisFails) return fc.pre(false);
        if (!isFailureSignal(e)) crash ??= e;
        throw e;
      }
    });
    const details = fc.check(property, { seed: seed + k, numRuns: runsPerShape[k]!, examples: [] });
    runs += details.numRuns;
    discarded += details.numSkips;
    if (crash !== undefined) return { runs, discarded, crash };
    if (details.failed && details.counterexample) {
      const [spec] = details.counterexample;
      const quantity = (details.errorInstance as Error).message;
      return { runs, discarded, found: { spec, quantity, shape } };
    }
  }
  return { runs, discarded };
}
