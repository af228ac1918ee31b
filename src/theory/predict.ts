import { meanFieldGapCurve } from './mean-field.js';
import { kernelChainDraws, kernelChainGapCurve } from './kernel-chain.js';
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
 * The theory's curve for a setup, or undefined where there is none: one sample, linear or ReLU: the
 * exact law (T7) by Monte Carlo; tanh, and every batch: the finite-width kernel chain (T12: the forward
 * Gram matrices exactly in law, the mean-field backward of T10–T11), or the wide limit (T10–T11) where
 * the chain would cost more than four of its budgets (very wide nets); nets deeper than CHAIN_MAX_DEPTH
 * (the chains' work grows as L²): none. (T9's linear-batch formula is kept as a claim; T12 is closer.)
 */
export function theoryCurve(s: TheorySetup): TheoryCurve | undefined {
  if (s.depth > CHAIN_MAX_DEPTH) return undefined;
  if (s.batch === 1 && s.activation !== 'tanh')
    return { method: `exact one-sample law (T7), ${chainDraws(s.depth, CHAIN_DRAWS)} scalar draws`, meanCos: chainGapCurve(s, chainDraws(s.depth, CHAIN_DRAWS)).mean };
  const draws = kernelChainDraws(s);
  if (draws === 0) return { method: 'wide limit (mean field, T10–T11): the finite-width chain costs too much at this width', meanCos: meanFieldGapCurve(s) };
  const c = kernelChainGapCurve(s, draws);
  return { method: `finite-width kernel chain (T12), ${c.draws} draws of ${c.samples} sample${c.samples > 1 ? 's' : ''}`, meanCos: c.mean };
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
