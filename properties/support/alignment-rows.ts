/**
 * The rows of properties/stats/alignment-rates.test.ts: per activation, width W, depth L and
 * batch N, true bounds on P(S(local_i, distant_ij) > 0) (DISTANT) or P(S(local_i, global_i) > 0)
 * (GLOBAL), a wrong bound on the far side of the truth, and the trial budget. `measured` is the
 * rate on 20 000 draws (`npx tsx properties/stats/measure-rates.ts`, seed 1): the budgets are
 * checked against it (properties/stats/rate-budgets.test.ts).
 */
import type { ActivationName } from '../../src/activation.js';
import type { RateBound } from './expect-rate.js';

export interface Row {
  activation: ActivationName;
  W: number;
  L: number;
  N: number;
  claims: RateBound[];
  /** A bound the truth violates (above it, or for rates near 1, an "at most" below it). */
  wrong: RateBound;
  /** Trials within which every bound of the row must be decided. */
  budget: number;
  /** The rate on 20 000 draws (measure-rates.ts, seed 1). */
  measured: number;
}

export const row = (activation: ActivationName, W: number, L: number, N: number, measured: number, claims: RateBound[], wrong: RateBound, budget = 1600): Row =>
  ({ activation, W, L, N, measured, claims, wrong, budget });

export const DISTANT: Row[] = [
  row('linear', 5, 2, 1, 0.8015, [{ atLeast: 0.65 }], { atLeast: 0.95 }),
  row('linear', 5, 2, 10, 0.9959, [{ atLeast: 0.95 }], { atMost: 0.9 }),
  row('linear', 5, 5, 1, 0.7471, [{ atLeast: 0.6 }], { atLeast: 0.9 }),
  row('linear', 20, 2, 1, 0.9693, [{ atLeast: 0.9 }], { atMost: 0.85 }),
  row('linear', 20, 5, 1, 0.9482, [{ atLeast: 0.85 }], { atMost: 0.8 }),
  row('relu', 5, 2, 1, 0.6276, [{ atLeast: 0.5 }], { atLeast: 0.8 }, 3200),
  row('relu', 5, 5, 1, 0.5108, [{ atMost: 0.6 }], { atLeast: 0.65 }, 6400), // not "usually": a coin flip at best
  row('relu', 5, 5, 10, 0.7408, [{ atLeast: 0.6 }], { atLeast: 0.9 }),
  row('relu', 20, 2, 1, 0.861, [{ atLeast: 0.7 }], { atLeast: 0.95 }),
  row('relu', 20, 5, 1, 0.6897, [{ atLeast: 0.55 }], { atLeast: 0.85 }),
  row('relu', 20, 5, 10, 0.9355, [{ atLeast: 0.8 }], { atLeast: 0.99 }),
  row('tanh', 5, 2, 1, 0.5673, [{ atLeast: 0.45 }, { atMost: 0.7 }], { atLeast: 0.7 }, 3200), // a weak majority
  row('tanh', 5, 2, 10, 0.6917, [{ atLeast: 0.55 }], { atLeast: 0.85 }, 3200),
  row('tanh', 5, 5, 1, 0.545, [{ atMost: 0.65 }], { atLeast: 0.7 }, 3200), // a coin flip
  row('tanh', 20, 2, 1, 0.6084, [{ atLeast: 0.5 }], { atLeast: 0.75 }, 3200),
  row('tanh', 20, 5, 1, 0.5789, [{ atMost: 0.7 }], { atLeast: 0.75 }, 3200),
  row('tanh', 20, 5, 10, 0.7521, [{ atLeast: 0.65 }], { atLeast: 0.9 }, 3200),
];

export const GLOBAL: Row[] = [
  row('linear', 5, 5, 1, 0.9636, [{ atLeast: 0.85 }], { atMost: 0.85 }),
  row('relu', 5, 5, 1, 0.863, [{ atLeast: 0.7 }], { atLeast: 0.97 }),
  row('tanh', 5, 5, 1, 0.9435, [{ atLeast: 0.8 }], { atMost: 0.8 }),
];
