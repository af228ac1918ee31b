import { ClaimFailure } from '../lang/failure.js';
import type { ClaimBody } from '../lang/kit.js';
import type { NetworkSpec } from '../io/network-file.js';
import { decideAt } from './exact-search.js';
import { specOfShape } from './nets.js';
import type { Shape } from '../lang/shapes.js';
import type { Z3Outcome } from './z3-decide.js';

/** A model's rational p/q as decimal text, rounded to 6 places (the point is then decided exactly). */
const decimalOf = ({ numerator: p, denominator: q }: { numerator: bigint; denominator: bigint }): string => {
  const x = Number(p) / Number(q);
  return Number.isFinite(x) ? String(Math.round(x * 1e6) / 1e6) : '0';
};

/**
 * A sat model of the claim's negation as an exact counterexample: the network of its values,
 * decided afresh; undefined when the rounded point no longer breaks the claim.
 */
export function modelCounterexample(body: ClaimBody, shape: Shape, model: Extract<Z3Outcome, { status: 'sat' }>): { spec: NetworkSpec; quantity: string } | undefined {
  const spec = specOfShape(shape, model.values.map(decimalOf));
  try {
    decideAt(body, spec);
    return undefined;
  } catch (e) {
    if (!(e instanceof ClaimFailure)) throw e;
    return { spec, quantity: e.quantity };
  }
}
