import type { ActivationName } from '../activation.js';

/** How g in W_i ~ N(0, g²/W) was chosen: He (g = √2), unit (g = 1), or given by --init-scale. */
export type InitName = 'he' | 'unit' | 'custom';

/**
 * The default initialisation for an activation. ReLU halves E[h(z)²] = E[z²]/2, so g = √2
 * (He) keeps the activations' scale through the layers; linear and tanh (h′(0) = 1) keep
 * it with g = 1. Used by reproduce, bench and sweep whenever --init-scale is not given.
 */
export function defaultInit(activation: ActivationName): { initScale: number; init: Exclude<InitName, 'custom'> } {
  return activation === 'relu' ? { initScale: Math.SQRT2, init: 'he' } : { initScale: 1, init: 'unit' };
}

/** "g = √2 (He)", "g = 1 (unit)", "g = 0.5 (given)". */
export function describeInit(initScale: number, init: InitName): string {
  if (init === 'he') return 'g = √2 (He)';
  if (init === 'unit') return 'g = 1 (unit)';
  return `g = ${Number(initScale.toPrecision(4))} (given)`;
}
