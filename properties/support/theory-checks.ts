import fc from 'fast-check';
import type { MeanCheck } from '../../src/lang/claim.js';
import { engineCosines, gapMean } from '../../src/reproduce/pair-cosines.js';
import type { TheorySetup } from '../../src/theory/setup.js';
import { gaussianFlatNet } from '../arbitraries/gaussian-net.js';

/** A one-line name of a setup, for check labels. */
export const setupLabel = (s: TheorySetup): string =>
  `${s.activation}, L = ${s.depth}, W = ${s.width}, N = ${s.batch}, g = ${+s.initScale.toFixed(3)}, σ = ${s.targetScale}`;

/**
 * The measured side of every theory claim: one Gaussian net per sample (reproduce's
 * distribution, src/random/gaussian-network.ts), its cosines from the float engine, and
 * their mean over i at gap k of the defined cosines, as reproduce prints. A net whose every
 * cosine at gap k is undefined (every gradient zero: a dead ReLU net, probability about
 * L·2^−W) counts as 0. Independent of src/theory.
 */
export const measuredGapMean = (s: TheorySetup, k: number): fc.Arbitrary<number> =>
  gaussianFlatNet(s).map(engineCosines()).map((c) => {
    const m = gapMean(c, k);
    return Number.isNaN(m) ? 0 : m;
  });

/** "E[measured mean cosine at gap k] ∈ predicted ± tolerance", as a mean check. */
export function predictionCheck(s: TheorySetup, k: number, predicted: number, tolerance: number, maxTrials?: number): MeanCheck {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    kind: 'mean',
    label: `${setupLabel(s)}, gap ${k}: predicted ${predicted.toFixed(3)} ± ${tolerance.toFixed(3)}`,
    range: [r3(predicted - tolerance), r3(predicted + tolerance)],
    samples: measuredGapMean(s, k),
    ...(maxTrials === undefined ? {} : { maxTrials }),
  };
}
