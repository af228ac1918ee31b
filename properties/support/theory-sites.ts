import { type ChainEstimate, chainGapCurve } from '../../src/theory/scalar-chain.js';
import type { TheorySetup } from '../../src/theory/setup.js';

/** Where the theory claims T5–T9 are checked, with their tolerances (shared with the perturbation test). */
export interface Site {
  readonly setup: TheorySetup;
  readonly gap: number;
  /** Nets at most for this site's mean check. @defaultValue the check's 3200 */
  readonly maxTrials?: number;
}

// T5
const t5Base: TheorySetup = { depth: 6, width: 32, batch: 1, activation: 'linear', initScale: 1, targetScale: 0.5 };


export const T5_SITES: readonly Site[] = [
  { setup: t5Base, gap: 1 },
  { setup: { ...t5Base, initScale: 1.2, targetScale: 1 }, gap: 1 },
];
export const t5Tolerance = (s: TheorySetup): number => 3 / s.width;

// T6
const t6Base: TheorySetup = { depth: 4, width: 32, batch: 1, activation: 'relu', initScale: Math.SQRT2, targetScale: 1 };

export const T6_SITES: readonly Site[] = [
  { setup: t6Base, gap: 1 },
  { setup: { ...t6Base, initScale: 1.6, targetScale: 0.5 }, gap: 1 },
];
export const t6Tolerance = (s: TheorySetup): number => s.depth / (2 * s.width);

// T7
const t7Narrow: TheorySetup = { depth: 4, width: 6, batch: 1, activation: 'linear', initScale: 1, targetScale: 0.5 };
const t7Tiny: TheorySetup = { depth: 3, width: 2, batch: 1, activation: 'linear', initScale: 1, targetScale: 0.5 };
const t7Relu: TheorySetup = { depth: 4, width: 12, batch: 1, activation: 'relu', initScale: Math.SQRT2, targetScale: 1 };

export const T7_SITES: readonly Site[] = [
  { setup: t7Narrow, gap: 1 },
  { setup: t7Narrow, gap: 3 },
  { setup: t7Relu, gap: 1 },
  { setup: t7Tiny, gap: 1, maxTrials: 25600 }, // W = 2: the local target's component along the distant error matters most
];
export const T7_DRAWS = 40000;
const chains = new Map<TheorySetup, ChainEstimate>();

/** The chain's mean at a site and the check's tolerance 0.03 + 5·(standard error). */
export function t7Prediction(s: TheorySetup, gap: number): { predicted: number; tolerance: number } {
  if (!chains.has(s)) chains.set(s, chainGapCurve(s, T7_DRAWS, 7));
  const c = chains.get(s)!;
  return { predicted: c.mean[gap - 1]!, tolerance: 0.03 + 5 * c.standardError[gap - 1]! };
}

// T9
const t9Base: TheorySetup = { depth: 6, width: 32, batch: 32, activation: 'linear', initScale: 1, targetScale: 1 };

export const T9_SITES: readonly Site[] = [
  { setup: t9Base, gap: 1 },
  { setup: t9Base, gap: 5 },
  { setup: { ...t9Base, initScale: 1.2 }, gap: 3 }, // g ≠ 1: the distant target noise scales as g^{2k}
];
export const t9Tolerance = (s: TheorySetup): number => 2 / s.width;
