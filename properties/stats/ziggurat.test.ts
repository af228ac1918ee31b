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
const draws = (seed: number) => {
  const z = new Ziggurat(seed);
  return Float64Array.from({ length: n }, () => z.normal());
};

describe('ziggurat normals', () => {
  it('F_n is within the DKW band of Φ at every 1/1000 quantile (false failure ≤ 1e-9)', () => {
    // Arrange: K − 1 quantile points and the band ε with 2·exp(−2nε²) = α
    const K = 1000;
    const points = Array.from({ length: K - 1 }, (_, k) => normalQuantile((k + 1) / K, 0, 1));
    const eps = Math.sqrt(Math.log(2 / ALPHA) / (2 * n));
    // Act: count the draws in each cell between consecutive points
    const cells = new Float64Array(K);
    for (const x of draws(20261126)) {
      let [lo, hi] = [0, K - 1]; // first point > x, by bisection
      while (lo < hi) { const mid = (lo + hi) >> 1; if (points[mid]! > x) hi = mid; else lo = mid + 1; }
      cells[lo]!++;
    }
    // Assert: |F_n(Φ⁻¹(q)) − q| ≤ ε at every point
    let below = 0;
    for (let k = 0; k < K - 1; k++) {
      below += cells[k]!;
      expect(Math.abs(below / n - (k + 1) / K)).toBeLessThanOrEqual(eps);
    }
  });

  it('puts mass p beyond ±Φ⁻¹(1 − p/2) for p = 1e-3, 1e-4, 1e-5 (Clopper–Pearson, false failure ≤ 1e-9)', () => {
    const x = draws(2018);
    for (const p of [1e-3, 1e-4, 1e-5]) {
      const t = normalQuantile(1 - p / 2, 0, 1);
      const beyond = x.reduce((c, v) => c + (Math.abs(v) > t ? 1 : 0), 0);
      const { lo, hi } = clopperPearson(beyond, n, ALPHA / 3);
      expect([lo <= p, p <= hi]).toEqual([true, true]);
    }
  });
});
