import { batchGapCurve } from './batch.js';
import { CHAIN_MAX_DEPTH, chainDraws, chainGapCurve } from './scalar-chain.js';
import type { TheorySetup } from './setup.js';

export interface TheoryCurve {
  /** How the curve was computed, one line. */
  readonly method: string;
  /** meanCos[g − 1]: the predicted mean cosine at gap g. */
  readonly meanCos: number[];
}

/** Draws of the scalar chain behind reproduce's theory column at L ≤ 20 (Monte Carlo standard error ≲ 0.002). */
export const CHAIN_DRAWS = 8000;

export { CHAIN_MAX_DEPTH };



/**
 * The theory's curve for a setup, or undefined where there is none: one sample (linear or
 * ReLU): the exact law (T7) by Monte Carlo; linear with a batch: the ratio of expectations (T9);
 * tanh, ReLU with a batch, and nets deeper than CHAIN_MAX_DEPTH (the chain's work grows as L²,
 * and the wide limit is off by about L/W there): none.
 */
export function theoryCurve(s: TheorySetup): TheoryCurve | undefined {
  if (s.depth > CHAIN_MAX_DEPTH) return undefined;
  if (s.batch === 1 && s.activation !== 'tanh')
    return { method: `exact one-sample law (T7), ${chainDraws(s.depth, CHAIN_DRAWS)} scalar draws`, meanCos: chainGapCurve(s, chainDraws(s.depth, CHAIN_DRAWS)).mean };
  if (s.activation === 'linear') return { method: 'ratio of exact expectations (T9)', meanCos: batchGapCurve(s) };
  return undefined;
}

/** A predicted point, as reproduce's JSON prints it. */
export interface TheoryRow {
  readonly gap: number;
  readonly meanCos: number;
}

/** The curve as rows { gap, meanCos }, or undefined where the theory has no prediction. */
export function theoryRows(s: TheorySetup): TheoryRow[] | undefined {
  return theoryCurve(s)?.meanCos.map((meanCos, g) => ({ gap: g + 1, meanCos }));
}
