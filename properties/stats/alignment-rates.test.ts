/**
 * How often local and distant (and global) gradients align, per activation, width W,
 * depth L and batch N, in Gaussian nets (W_i ~ N(0, 1/W), x, s* ~ N(0, 1)). Each row
 * claims bounds on P(S(local_i, distant_ij) > 0) for a uniform pair; where "usually"
 * (> 1/2) does not hold, the row claims the low rate instead. Each row also states a
 * wrong bound, on the far side of the truth, that must fail: the check has power. Every
 * bound must be decided within its budget, on the right side: a true bound undecided
 * fails the test as surely as a wrong bound left standing. Decided by expectRate (the betting
 * confidence sequence, false failure ≤ 1e-6). The rows, their budgets (1600, 3200 or 6400 trials)
 * and their rates measured on 20 000 draws are in properties/support/alignment-rows.ts;
 * rate-budgets.test.ts checks that every bound, true or wrong, is left undecided within its
 * budget with chance ≤ 1e-6 (computed exactly) at a rate 4 standard errors from the measured one.
 */
import { describe, expect, it } from 'vitest';
import { localDistantAligned, localGlobalAligned } from '../arbitraries/pair-event.js';
import { DISTANT, GLOBAL, type Row } from '../support/alignment-rows.js';
import { expectRate, LARGE, type RateBound } from '../support/expect-rate.js';

const name = (r: Row) => `${r.activation} W=${r.W} L=${r.L} N=${r.N}`;
const text = (b: RateBound) => ('atLeast' in b ? `≥ ${b.atLeast}` : `≤ ${b.atMost}`);

describe.each([
  ['S(local_i, distant_ij) > 0', DISTANT, localDistantAligned],
  ['S(local_i, global_i) > 0', GLOBAL, localGlobalAligned],
] as const)('P(%s)', (event, rows, trial) => {
  describe.each(rows)(`$activation W=$W L=$L N=$N`, (r) => {
    const arbitrary = trial({ activation: r.activation, width: r.W, depth: r.L, batch: r.N });
    const maxTrials = LARGE ? undefined : r.budget;
    it.each(r.claims)(`P ${'%o'}, decided within the budget`, (bound) => {
      // Act (expectRate throws when the sequence refutes the bound or leaves it undecided)
      const d = expectRate(`${event}, ${name(r)}, ${text(bound)}`, arbitrary, bound, { maxTrials });
      // Assert
      expect(d.decision).toBe('atLeast' in bound ? 'above' : 'below');
    });
    it(`decides the wrong bound P ${text(r.wrong)} wrong`, () => {
      expect(() => expectRate(`${event}, ${name(r)}, wrong ${text(r.wrong)}`, arbitrary, r.wrong, { maxTrials })).toThrow(/claimed P [≤≥] [\d.]+, but the rate is/);
    });
  });
});
