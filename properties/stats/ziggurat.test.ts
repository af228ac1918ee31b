/**
 * The ziggurat generator draws N(0, 1). Two seeded tests, each failing a correct generator
 * with probability ≤ 1e-9 (so they never flake), oracle: stdlib's normal quantile Φ⁻¹.
 * - Body, by the Dvoretzky–Kiefer–Wolfowitz inequality (Massart's constant):
 *   P(sup_x |F_n(x) − Φ(x)| > ε) ≤ 2·exp(−2nε²); checked at x = Φ⁻¹(q), q = 1/1000 … 999/1000.
 * - Tails, which a CDF test barely sees: P(|Z| > Φ⁻¹(1 − p/2)) = p for p = 10⁻³, 10⁻⁴, 10⁻⁵,
 *   each count inside its Clopper–Pearson interval at level 1 − α/3.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { describe, expect, it } from 'vitest';
import { Ziggurat } from '../../src/random/ziggurat.js';
import { clopperPearson } from '../../src/stats/binomial.js';

const ALPHA = 1e-9;
const n = 2 ** 22;
/** n draws from one seed, sorted (both tests read counts off the order statistics). */
const sorted = (() => {
  const z = new Ziggurat(20261126);
  return Float64Array.from({ length: n }, () => z.normal()).sort();
})();
/** #{draws ≤ x}, by bisection in the sorted draws. */
const countAtMost = (x: number) => {
  let [lo, hi] = [0, n];
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]! <= x) lo = mid + 1; else hi = mid; }
  return lo;
};

describe('ziggurat normals', () => {
  it('F_n is within the DKW band of Φ at every 1/1000 quantile (false failure ≤ 1e-9)', () => {
    // Arrange: the band ε with 2·exp(−2nε²) = α
    const eps = Math.sqrt(Math.log(2 / ALPHA) / (2 * n));
    // Act: F_n(Φ⁻¹(q)) − q at q = k/1000
    const gaps = Array.from({ length: 999 }, (_, k) => countAtMost(normalQuantile((k + 1) / 1000, 0, 1)) / n - (k + 1) / 1000);
    // Assert
    expect(Math.max(...gaps.map(Math.abs))).toBeLessThanOrEqual(eps);
  });

  it('puts mass p beyond ±Φ⁻¹(1 − p/2) for p = 1e-3, 1e-4, 1e-5 (Clopper–Pearson, false failure ≤ 1e-9)', () => {
    for (const p of [1e-3, 1e-4, 1e-5]) {
      const t = normalQuantile(1 - p / 2, 0, 1);
      const beyond = countAtMost(-t) + (n - countAtMost(t)); // #{x ≤ −t} + #{x > t}
      const { lo, hi } = clopperPearson(beyond, n, ALPHA / 3);
      expect([lo <= p, p <= hi]).toEqual([true, true]);
    }
  });
});
