import { BET_GRID, BettingSequence } from '../../src/stats/betting.js';

/**
 * The chance that expectRate leaves a bound p₀ undecided after `budget` trials when the true
 * rate is p. On 0/1 samples the betting capital (src/stats/betting.ts) depends on the count
 * only: after n trials with k events,
 *   log K⁺(n, k) = log (1/G) Σ_g (1 + θ_g(1/p₀ − 1))^k (1 − θ_g)^(n−k),
 *   log K⁻(n, k) = log (1/G) Σ_g (1 − θ_g)^k (1 + θ_g(1/(1 − p₀) − 1))^(n−k),
 * so the test stops at the first n where k ≥ k⁺(n) (above) or k ≤ k⁻(n) (below), both
 * thresholds found by bisection (K⁺ grows with k, K⁻ shrinks). The chance of never stopping is
 * the mass a binomial walk keeps inside (k⁻(n), k⁺(n)) for n = 1 … budget, computed exactly.
 */
export function undecidedChance(p: number, p0: number, budget: number, alpha = 1e-6): number {
  const stops = stopCounts(p0, alpha);
  let mass = new Float64Array([1]);
  for (let n = 1; n <= budget; n++) {
    const next = new Float64Array(n + 1);
    for (let k = 0; k < mass.length; k++) {
      next[k]! += mass[k]! * (1 - p);
      next[k + 1]! += mass[k]! * p;
    }
    const { up, down } = stops(n);
    for (let k = 0; k <= n; k++) if (k >= up || k <= down) next[k] = 0;
    mass = next;
  }
  return mass.reduce((s, x) => s + x, 0);
}

/** After n trials, the test against p₀ has decided 'above' when k ≥ up(n), 'below' when k ≤ down(n). */
export function stopCounts(p0: number, alpha = 1e-6): (n: number) => { up: number; down: number } {
  const T = Math.log(2 / alpha) + BettingSequence.SLACK;
  const logMeanExp = (l: number[]) => {
    const top = Math.max(...l);
    return top + Math.log(l.reduce((s, v) => s + Math.exp(v - top), 0) / l.length);
  };
  const up = BET_GRID.map((t) => [Math.log1p(t * (1 / p0 - 1)), Math.log1p(-t)] as const);
  const down = BET_GRID.map((t) => [Math.log1p(-t), Math.log1p(t * (1 / (1 - p0) - 1))] as const);
  const capital = (f: readonly (readonly [number, number])[], n: number, k: number) => logMeanExp(f.map(([a, b]) => k * a + (n - k) * b));
  /** Smallest k in [0, n + 1] with pred(k), pred monotone rising in k. */
  const first = (n: number, pred: (k: number) => boolean) => {
    let [lo, hi] = [0, n + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pred(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return (n) => ({ up: first(n, (k) => capital(up, n, k) >= T), down: first(n, (k) => capital(down, n, k) < T) - 1 });
}
