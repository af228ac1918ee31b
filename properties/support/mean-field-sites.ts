import { kernelChainGapCurve } from '../../src/theory/kernel-chain.js';
import type { TheorySetup } from '../../src/theory/setup.js';
import type { Site } from './theory-sites.js';

/** Where the mean-field claims T10–T12 are checked, with their tolerances (shared with the perturbation test). */

// T10: one sample, tanh (linear and ReLU are T5 and T6, to which T10 reduces exactly)
const t10Base: TheorySetup = { depth: 4, width: 32, batch: 1, activation: 'tanh', initScale: 1, targetScale: 0.25 };

export const T10_SITES: readonly Site[] = [
  { setup: t10Base, gap: 1 },
  { setup: { ...t10Base, initScale: 1.5 }, gap: 2 }, // g > 1: q saturates, E (hh′)′ < E h′²
];
/** Measured: |exact − wide limit| ≤ 0.45/W at both sites, gaps 1–3 (20 000 nets each). */
export const t10Tolerance = (s: TheorySetup): number => 2 / s.width;

// T11: ReLU with a batch, where the correlation map matters
const t11Base: TheorySetup = { depth: 4, width: 64, batch: 8, activation: 'relu', initScale: Math.SQRT2, targetScale: 1 };

export const T11_SITES: readonly Site[] = [
  { setup: t11Base, gap: 1 },
  { setup: { ...t11Base, width: 32 }, gap: 2 },
];
/** Measured: |exact − wide limit| ≤ 0.11/W at both sites, gaps 1–3 (20 000 nets each); ≤ 0.23/W at W = 64, N = 4. */
export const t11Tolerance = (s: TheorySetup): number => 2 / s.width;

// T12: the finite-width kernel chain, where the wide limit is off by 0.05–0.08
const t12Tanh: TheorySetup = { depth: 6, width: 32, batch: 16, activation: 'tanh', initScale: 1, targetScale: 0.25 }; // 8 of 16 samples drawn
const t12Linear: TheorySetup = { ...t12Tanh, activation: 'linear', batch: 8, targetScale: 1 };
const t12Relu: TheorySetup = { ...t12Tanh, activation: 'relu', initScale: Math.SQRT2, batch: 4, targetScale: 1 };

export const T12_SITES: readonly Site[] = [
  { setup: t12Tanh, gap: 1 },
  { setup: t12Linear, gap: 1 },
  { setup: t12Relu, gap: 3 },
];
export const T12_DRAWS = 400;
const chains = new Map<TheorySetup, ReturnType<typeof kernelChainGapCurve>>();

/** The chain's mean at a site (400 draws, seed 12) and the tolerance 1/W + 5·(its standard error). */
export function t12Prediction(s: TheorySetup, gap: number): { predicted: number; tolerance: number } {
  if (!chains.has(s)) chains.set(s, kernelChainGapCurve(s, T12_DRAWS, 12));
  const c = chains.get(s)!;
  return { predicted: c.mean[gap - 1]!, tolerance: 1 / s.width + 5 * c.standardError[gap - 1]! };
}
