import type { NetShapes } from '../../src/lang/shapes.js';

/** Depths 2–4, widths 1–3, one sample or batches of 1–3: every pair i < j exists. */
export const DEEP_NETS: NetShapes = { depth: [2, 4], width: [1, 3], batch: [0, 3], count: 6 };

/** Two-layer nets with one sample, as in the note's worked example (s_1 = w_1 x, s_2 = w_2 s_1). */
export const TWO_LAYER_NETS: NetShapes = { depth: [2, 2], width: [1, 4], batch: [0, 0], count: 6 };

/** One sample (a vector input), depths 2–4. */
export const ONE_SAMPLE_NETS: NetShapes = { depth: [2, 4], width: [1, 3], batch: [0, 0], count: 6 };

/** Small enough for Z3 to decide each shape over all reals within seconds (at most 8 free entries); for claims that ignore the targets. */
export const SOLVER_NETS: NetShapes = { depth: [2, 2], width: [1, 2], batch: [0, 1], zeroTargets: true, count: 4, maxEntries: 8 };

export type { NetShapes };
