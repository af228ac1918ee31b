import type { Interval } from './binomial.js';

/**
 * Bet sizes θ_g of the mixture: 0.99 and 0.9·0.75^k, k = 0…12 (down to 0.028). Neighbours
 * differ by a factor ≤ 0.75, so every bet in [0.028, 0.99] has one of them within that factor;
 * the mixture pays at most log G = log 14 for not knowing which.
 */
export const BET_GRID: readonly number[] = [0.99, ...Array.from({ length: 13 }, (_, k) => 0.9 * 0.75 ** k)];

/**
 * A hedged betting confidence sequence for the mean of a variable in [a, b] (Waudby-Smith
 * & Ramdas, "Estimating means of bounded random variables by betting", JRSS-B 2024, §4–5:
 * hedged capital, a mixture over a grid of bets). On the scale y = (x − a)/(b − a) ∈ [0, 1],
 * for a candidate mean m and G = |BET_GRID|:
 *   K⁺_t(m) = (1/G) Σ_g ∏_{i≤t} (1 + θ_g (y_i/m − 1)),
 *   K⁻_t(m) = (1/G) Σ_g ∏_{i≤t} (1 + θ_g ((1 − y_i)/(1 − m) − 1)),
 * and m is rejected once ½K⁺_t(m) ≥ 1/α (the mean is above m) or ½K⁻_t(m) ≥ 1/α (below).
 * Each product bets θ_g/m (resp. θ_g/(1 − m)) on y − m (resp. m − y): under E[y_t | past] = m it
 * is a nonnegative martingale from 1 (every factor ≥ 1 − θ_g > 0), so is ½K⁺ + ½K⁻, and by
 * Ville's inequality P(∃t: m rejected) ≤ α, at every t at once. Every factor is monotone
 * in m (K⁺ nonincreasing, K⁻ nondecreasing), so the unrejected means form an interval.
 */
export class BettingSequence {
  /** log K is a float sum; a rejection must clear log(2/α) by this much. */
  static readonly SLACK = 1e-9;
  private readonly ys: number[] = [];
  private sum = 0;
  /** log(2/α) + SLACK: ½K ≥ 1/α ⟺ log K ≥ log(2/α). */
  readonly logThreshold: number;
  private readonly watched: { m: number; up: number[]; down: number[] }[];

  /**
   * @param bounds - [a, b], an interval known to contain every sample
   * @param alpha - P(the true mean is ever rejected) ≤ alpha
   * @param watch - means in [a, b] whose capital is updated after every sample
   */
  constructor(readonly bounds: readonly [number, number], readonly alpha: number, watch: readonly number[] = []) {
    const [a, b] = bounds;
    if (!(a < b) || !(alpha > 0 && alpha < 1)) throw new RangeError(`BettingSequence: need a < b and 0 < α < 1; got [${a}, ${b}], α = ${alpha}`);
    this.logThreshold = Math.log(2 / alpha) + BettingSequence.SLACK;
    this.watched = watch.map((x) => ({ m: this.scale(x), up: BET_GRID.map(() => 0), down: BET_GRID.map(() => 0) }));
  }

  get n(): number {
    return this.ys.length;
  }

  /** The sample mean, on the original scale. */
  get mean(): number {
    const [a, b] = this.bounds;
    return a + (b - a) * (this.sum / Math.max(1, this.n));
  }

  private scale(x: number): number {
    const [a, b] = this.bounds;
    if (!(x >= a && x <= b)) throw new RangeError(`BettingSequence: ${x} lies outside the bounds [${a}, ${b}]`);
    return (x - a) / (b - a);
  }

  /** Adds a sample and updates the watched capitals. */
  push(x: number): void {
    const y = this.scale(x);
    for (const w of this.watched) addLogFactors(w.up, w.down, y, w.m);
    this.ys.push(y);
    this.sum += y;
  }

  /** For a watched mean x: 'above' if it is rejected because the mean is above it, 'below' likewise, else false. */
  rejects(x: number): 'above' | 'below' | false {
    const m = this.scale(x);
    const w = this.watched.find((v) => v.m === m);
    if (!w) throw new RangeError(`BettingSequence: ${x} is not watched`);
    return clears(w.up, this.logThreshold) ? 'above' : clears(w.down, this.logThreshold) ? 'below' : false;
  }

  /** log K⁺_t and log K⁻_t at a mean x on the original scale, from every sample. */
  logCapital(x: number): { up: number; down: number } {
    const m = this.scale(x);
    const [up, down] = [BET_GRID.map(() => 0), BET_GRID.map(() => 0)];
    for (const y of this.ys) addLogFactors(up, down, y, m);
    return { up: logMeanExp(up), down: logMeanExp(down) };
  }

  /**
   * The confidence set now, {x : neither capital at x clears the threshold}: an interval
   * whose ends are rejected points (or a, b), so it is never narrower than the set.
   */
  interval(): Interval {
    const [a, b] = this.bounds;
    const rejectedUp = (x: number) => this.logCapital(x).up >= this.logThreshold; // true on [a, lo]
    const rejectedDown = (x: number) => this.logCapital(x).down >= this.logThreshold; // true on [hi, b]
    const watchedAt = (side: 'above' | 'below') => this.watched.map((w) => a + (b - a) * w.m).filter((x) => this.rejects(x) === side);
    const lo = rejectedUp(a) ? boundary(rejectedUp, Math.max(a, ...watchedAt('above')), b) : a;
    const hi = rejectedDown(b) ? boundary(rejectedDown, Math.min(b, ...watchedAt('below')), a) : b;
    return { lo, hi };
  }
}

/** Adds log(1 + θ_g(y/m − 1)) to up[g] and log(1 + θ_g((1 − y)/(1 − m) − 1)) to down[g] (0/0 read as 0). */
function addLogFactors(up: number[], down: number[], y: number, m: number): void {
  const [u, d] = [y === 0 ? 0 : y / m, y === 1 ? 0 : (1 - y) / (1 - m)];
  for (let g = 0; g < BET_GRID.length; g++) {
    up[g]! += Math.log1p(BET_GRID[g]! * (u - 1));
    down[g]! += Math.log1p(BET_GRID[g]! * (d - 1));
  }
}

/** log((1/G) Σ_g e^{l_g}). */
function logMeanExp(l: readonly number[]): number {
  let top = -Infinity;
  for (const v of l) if (v > top) top = v;
  if (top === Infinity) return Infinity;
  return top + Math.log(l.reduce((s, v) => s + Math.exp(v - top), 0) / l.length);
}

/** log((1/G) Σ_g e^{l_g}) ≥ T? It lies in [max − log G, max], so the sum is needed only in between. */
function clears(l: readonly number[], T: number): boolean {
  let top = -Infinity;
  for (const v of l) if (v > top) top = v;
  if (top < T) return false;
  return top - Math.log(l.length) >= T || logMeanExp(l) >= T;
}

/** Bisection between a rejected point and an unrejected one; returns the last rejected point found (40 halvings: within 1e-12 of the span). */
function boundary(rejected: (x: number) => boolean, rejectedEnd: number, acceptedEnd: number): number {
  let [r, s] = [rejectedEnd, acceptedEnd];
  for (let k = 0; k < 40; k++) {
    const mid = (r + s) / 2;
    if (mid === r || mid === s) break;
    if (rejected(mid)) r = mid;
    else s = mid;
  }
  return r;
}
