import { activation } from '../activation.js';
import { floatAlgebra } from '../algebra/float.js';
import { ClaimFailure } from '../lang/failure.js';
import { intOf, type Kit } from '../lang/kit.js';
import { mulberry32 } from '../random/rng.js';
import { toDecimalText } from '../io/decimal-text.js';
import type { ClaimBody } from '../lang/kit.js';
import { HypothesisFails } from './exact-kit.js';
import { decideAt } from './exact-search.js';
import { networkOfShape, specOfShape } from './nets.js';
import { freeEntries, type Shape } from '../lang/shapes.js';
import type { NetworkSpec } from '../io/network-file.js';

/** The smallest inequality value of the claim at float entries x (+∞ where a hypothesis fails). */
function margin(body: ClaimBody, shape: Shape, x: readonly number[]): number {
  let m = Infinity;
  const net = networkOfShape(floatAlgebra, shape, x, activation(shape.activation));
  const record = (v: number) => void (m = Math.min(m, v));
  const kit: Kit<ReturnType<typeof floatAlgebra.fromRows>, number> = {
    alg: floatAlgebra, net, int: (n) => intOf(floatAlgebra, n),
    assumePositive: (_w, v) => { if (!(v > 0)) throw new HypothesisFails(''); },
    equal: () => {}, equalScalar: () => {}, nonneg: (_w, v) => record(v), positive: (_w, v) => record(v),
  };
  try {
    body(kit);
  } catch (e) {
    if (e instanceof HypothesisFails) return Infinity;
    throw e;
  }
  return Number.isNaN(m) ? Infinity : m;
}

/** x snapped to k/10^places, as decimal text. */
const snap = (x: readonly number[], places: number): string[] => x.map((v) => toDecimalText(Math.round(v * 10 ** places), places));

export interface AdversarialOptions {
  /** @defaultValue 8 */
  starts?: number;
  /** Steps of hill climbing per start. @defaultValue 60 */
  steps?: number;
}

/**
 * Adversarial float search for a violated inequality: from several random starts, a hill climb
 * lowers the smallest inequality value; a point with a negative value is snapped to nearby
 * simple decimals (1, then 2, then 3 places) and confirmed exactly. Returns the exact counterexample.
 */
export function adversarialSearch(body: ClaimBody, shape: Shape, seed: number, o: AdversarialOptions = {}): { spec: NetworkSpec; quantity: string } | undefined {
  const random = mulberry32(seed);
  const n = freeEntries(shape);
  for (let s = 0; s < (o.starts ?? 8); s++) {
    let x = Array.from({ length: n }, () => 6 * random() - 3);
    let f = margin(body, shape, x);
    for (let t = 0, step = 1; t < (o.steps ?? 60); t++, step *= 0.97) {
      const y = [...x];
      const k = Math.floor(random() * n);
      y[k] = y[k]! + step * (2 * random() - 1);
      const g = margin(body, shape, y);
      if (g < f) [x, f] = [y, g];
    }
    if (f >= 0) continue;
    for (const places of [1, 2, 3]) {
      const spec = specOfShape(shape, snap(x, places));
      try {
        decideAt(body, spec);
      } catch (e) {
        if (e instanceof ClaimFailure) return { spec, quantity: e.quantity };
        if (!(e instanceof HypothesisFails)) throw e;
      }
    }
  }
  return undefined;
}
