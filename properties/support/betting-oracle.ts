import { BET_GRID } from '../../src/stats/betting.js';

/**
 * The betting sequence recomputed independently, by direct products from the formulas in
 * proofs/statistics.md with the hedge weight ½ written out: for samples x_1 … x_t in [a, b],
 * y = (x − a)/(b − a) and a candidate mean m (scaled likewise),
 *   ½K⁺_t(m) = ½ · (1/G) Σ_g ∏ (1 + (θ_g/m)(y_i − m)),  ½K⁻_t(m) = ½ · (1/G) Σ_g ∏ (1 − (θ_g/(1 − m))(y_i − m)).
 * Only the bet grid θ_g is shared with the code under test (it is a choice of method, not a computation).
 */
export function halfCapital(xs: readonly number[], [a, b]: readonly [number, number], x: number): { up: number; down: number } {
  const m = (x - a) / (b - a);
  let [up, down] = [0, 0];
  for (const theta of BET_GRID) {
    let [pu, pd] = [1, 1];
    for (const v of xs) {
      const y = (v - a) / (b - a);
      pu *= 1 + (theta / m) * (y - m);
      pd *= 1 - (theta / (1 - m)) * (y - m);
    }
    up += pu / BET_GRID.length;
    down += pd / BET_GRID.length;
  }
  return { up: up / 2, down: down / 2 };
}

/** Is x rejected at level α after xs: because the mean is above x ('above'), below it ('below'), or not at all? */
export function oracleRejects(xs: readonly number[], bounds: readonly [number, number], x: number, alpha: number): 'above' | 'below' | false {
  const k = halfCapital(xs, bounds, x);
  return k.up >= 1 / alpha ? 'above' : k.down >= 1 / alpha ? 'below' : false;
}

/**
 * The first t at which the sequence over xs decides a claimed range [lo, hi] (either end may be
 * absent): inside when every mean ≤ lo and ≥ hi is rejected, outside when all of [lo, hi] is;
 * by monotonicity in m it suffices to test lo and hi. Returns t = xs.length, undecided, if none.
 */
export function oracleStop(
  xs: readonly number[], bounds: readonly [number, number], claimed: { lo?: number; hi?: number }, alpha: number,
): { t: number; decision: 'inside' | 'outside' | 'undecided' } {
  for (let t = 1; t <= xs.length; t++) {
    const seen = xs.slice(0, t);
    const at = (x: number | undefined) => (x === undefined ? undefined : oracleRejects(seen, bounds, x, alpha));
    const [lo, hi] = [at(claimed.lo), at(claimed.hi)];
    if ((lo === undefined || lo === 'above') && (hi === undefined || hi === 'below')) return { t, decision: 'inside' };
    if (lo === 'below' || hi === 'above') return { t, decision: 'outside' };
  }
  return { t: xs.length, decision: 'undecided' };
}
