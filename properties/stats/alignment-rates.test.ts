/**
 * How often local and distant (and global) gradients align, per activation, width W,
 * depth L and batch N, in Gaussian nets (W_i ~ N(0, 1/W), x, s* ~ N(0, 1)). Each row
 * claims bounds on P(S(local_i, distant_ij) > 0) for a uniform pair; where "usually"
 * (> 1/2) does not hold, the row claims the low rate instead. Each row also states a
 * wrong bound, on the far side of the truth, that must fail: the check has power. Every
 * bound must be decided within its budget, on the right side: a true bound undecided
 * fails the test as surely as a wrong bound left standing. Wrong bounds sit ≥ 0.12 beyond
 * the rate measured on 20 000 draws (≥ 0.05 above rates over 0.93). Decided by expectRate
 * (the betting confidence sequence, false failure ≤ 1e-6). Budgets: 1600 trials, or 3200
 * where the trials to decide, over 30 seeds, had mean + 5 sd above 1600 (docs/statistical-checks.md).
 */
import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../src/activation.js';
import { localDistantAligned, localGlobalAligned } from '../arbitraries/pair-event.js';
import { expectRate, LARGE, type RateBound } from '../support/expect-rate.js';

interface Row {
  activation: ActivationName;
  W: number;
  L: number;
  N: number;
  claims: RateBound[];
  /** A bound the truth violates (above it, or for rates near 1, an "at most" below it). */
  wrong: RateBound;
  /** Trials within which every bound of the row must be decided. */
  budget: number;
}

const row = (activation: ActivationName, W: number, L: number, N: number, claims: RateBound[], wrong: RateBound, budget = 1600): Row =>
  ({ activation, W, L, N, claims, wrong, budget });

const DISTANT: Row[] = [
  row('linear', 5, 2, 1, [{ atLeast: 0.7 }], { atLeast: 0.9 }),
  row('linear', 5, 2, 10, [{ atLeast: 0.95 }], { atMost: 0.9 }),
  row('linear', 5, 5, 1, [{ atLeast: 0.6 }], { atLeast: 0.9 }),
  row('linear', 20, 2, 1, [{ atLeast: 0.9 }], { atMost: 0.85 }),
  row('linear', 20, 5, 1, [{ atLeast: 0.85 }], { atLeast: 0.99 }),
  row('relu', 5, 2, 1, [{ atLeast: 0.5 }], { atLeast: 0.75 }),
  row('relu', 5, 5, 1, [{ atMost: 0.6 }], { atLeast: 0.65 }, 3200), // not "usually": a coin flip at best
  row('relu', 5, 5, 10, [{ atLeast: 0.6 }], { atLeast: 0.9 }),
  row('relu', 20, 2, 1, [{ atLeast: 0.75 }], { atLeast: 0.95 }),
  row('relu', 20, 5, 1, [{ atLeast: 0.55 }], { atLeast: 0.85 }),
  row('relu', 20, 5, 10, [{ atLeast: 0.8 }], { atLeast: 0.99 }),
  row('tanh', 5, 2, 1, [{ atLeast: 0.45 }, { atMost: 0.7 }], { atLeast: 0.7 }, 3200), // a weak majority
  row('tanh', 5, 2, 10, [{ atLeast: 0.6 }], { atLeast: 0.85 }, 3200),
  row('tanh', 5, 5, 1, [{ atMost: 0.65 }], { atLeast: 0.7 }, 3200), // a coin flip
  row('tanh', 20, 2, 1, [{ atLeast: 0.5 }], { atLeast: 0.75 }, 3200),
  row('tanh', 20, 5, 1, [{ atMost: 0.7 }], { atLeast: 0.75 }),
  row('tanh', 20, 5, 10, [{ atLeast: 0.65 }], { atLeast: 0.9 }, 3200),
];

const GLOBAL: Row[] = [
  row('linear', 5, 5, 1, [{ atLeast: 0.85 }], { atMost: 0.85 }),
  row('relu', 5, 5, 1, [{ atLeast: 0.75 }], { atLeast: 0.97 }),
  row('tanh', 5, 5, 1, [{ atLeast: 0.8 }], { atMost: 0.8 }),
];

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
