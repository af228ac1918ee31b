import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

/** A two-sided interval [lo, hi] for an unknown probability or mean. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Clopper–Pearson exact interval for a binomial proportion with k successes in n
 * trials: P(p ∉ [lo, hi]) ≤ alpha. lo = B(α/2; k, n−k+1), hi = B(1−α/2; k+1, n−k),
 * B the beta quantile; lo = 0 when k = 0 and hi = 1 when k = n.
 */
export function clopperPearson(k: number, n: number, alpha: number): Interval {
  if (!(Number.isInteger(k) && Number.isInteger(n) && 0 <= k && k <= n && n > 0)) {
    throw new RangeError(`clopperPearson: need integers 0 ≤ k ≤ n, n > 0; got k=${k}, n=${n}`);
  }
  const lo = k === 0 ? 0 : betaQuantile(alpha / 2, k, n - k + 1);
  const hi = k === n ? 1 : betaQuantile(1 - alpha / 2, k + 1, n - k);
  return { lo, hi };
}
