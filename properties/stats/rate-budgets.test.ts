/**
 * Every bound of the rate tests is decided within its budget, but for a chance ≤ 10⁻⁶ per run:
 * one rule for every row, true bounds and wrong ones alike. For a bound p₀, a budget n and a
 * true rate p, undecidedChance (properties/support/rate-power.ts) computes exactly the chance
 * that the betting test is still undecided after n trials; p is taken 4 standard errors from the
 * rate measured on 20 000 draws, towards p₀ (so a measured rate off by less than 4 se cannot make
 * a row flaky). The computation is checked first against the betting sequence itself.
 */
import { describe, expect, it } from 'vitest';
import { BettingSequence } from '../../src/stats/betting.js';
import { DISTANT, GLOBAL } from '../support/alignment-rows.js';
import type { RateBound } from '../support/expect-rate.js';
import { stopCounts, undecidedChance } from '../support/rate-power.js';

const FLAKE = 1e-6;
const ALPHA = 1e-6;
const level = (b: RateBound) => ('atLeast' in b ? b.atLeast : b.atMost);
/** The true rate p̂ moved 4 standard errors of `draws` draws towards p₀, not past it. */
const nearest = (measured: number, p0: number, draws: number) => {
  const se = Math.sqrt((measured * (1 - measured)) / draws);
  return p0 > measured ? Math.min(p0, measured + 4 * se) : Math.max(p0, measured - 4 * se);
};

describe('undecidedChance', () => {
  it('stops where the betting sequence rejects: k ≥ up(n) above, k ≤ down(n) below', () => {
    for (const p0 of [0.2, 0.5, 0.85]) {
      const stops = stopCounts(p0, ALPHA);
      for (const n of [10, 57, 200, 613]) {
        const { up, down } = stops(n);
        for (const k of [down - 1, down, down + 1, up - 1, up, up + 1].filter((j) => j >= 0 && j <= n)) {
          const seq = new BettingSequence([0, 1], ALPHA, [p0]); // Arrange: k events in n trials (order is irrelevant)
          for (let t = 0; t < n; t++) seq.push(t < k ? 1 : 0);
          const expected = k >= up ? 'above' : k <= down ? 'below' : false; // Act / Assert
          expect(seq.rejects(p0), `p0 ${p0}, n ${n}, k ${k}`).toBe(expected);
        }
      }
    }
  });

  it('is 1 when the budget is too short to decide and falls with the budget', () => {
    expect(undecidedChance(0.3, 0.4, 5)).toBeCloseTo(1, 12);
    const [a, b] = [undecidedChance(0.3, 0.4, 400), undecidedChance(0.3, 0.4, 1600)];
    expect(b).toBeLessThan(a);
    expect(a).toBeLessThan(1);
  });
});

describe('every rate bound has the budget to decide (chance undecided ≤ 1e-6)', () => {
  const rows = [...DISTANT, ...GLOBAL].flatMap((r) =>
    [...r.claims, r.wrong].map((b) => ({ name: `${r.activation} W=${r.W} L=${r.L} N=${r.N}: ${JSON.stringify(b)} of ${r.measured}, budget ${r.budget}`, p: nearest(r.measured, level(b), 20000), p0: level(b), budget: r.budget })),
  );
  // expect-rate.test.ts: events of probability 0.3 exactly, default budget 1600
  const exact = [0.1, 0.45, 0.15].map((p0) => ({ name: `expect-rate p=0.3 vs ${p0}`, p: 0.3, p0, budget: 1600 }));
  it.each([...rows, ...exact])('$name', ({ p, p0, budget }) => {
    expect(undecidedChance(p, p0, budget, ALPHA)).toBeLessThanOrEqual(FLAKE);
  });
});
