import { describe, expect, it } from 'vitest';
import { gaussian, mulberry32 } from '../../src/random/rng.js';
import { expectGauss, expectGaussPair, gaussHermite } from '../../src/theory/gauss-hermite.js';
import { drawLayers, kernelChainGapCurve } from '../../src/theory/kernel-chain.js';
import { meanFieldGapCurve, meanFieldLayers } from '../../src/theory/mean-field.js';
import { productMoments } from '../../src/theory/moments.js';
import { chainGapCurve } from '../../src/theory/scalar-chain.js';
import type { TheorySetup } from '../../src/theory/setup.js';
import { wideGapCurve } from '../../src/theory/wide-limit.js';
import { doubleFactorial } from '../../src/theory/wick.js';

const base: TheorySetup = { depth: 8, width: 50, batch: 1, activation: 'linear', initScale: 1, targetScale: 1 };
const relu = (z: number) => (z > 0 ? z : 0);
/** Cho & Saul's arc-cosine kernels (unit variance, correlation c): E relu(z)relu(z′) and P(z > 0, z′ > 0). */
const arcCos1 = (c: number) => (Math.sqrt(1 - c * c) + (Math.PI - Math.acos(c)) * c) / (2 * Math.PI);
const arcCos0 = (c: number) => (Math.PI - Math.acos(c)) / (2 * Math.PI);

describe('quadrature (independent closed forms)', () => {
  it('Gauss–Hermite: weights sum to 1 and E z^{2p} = (2p − 1)!! v^p up to degree 2n − 1', () => {
    const rule = gaussHermite(20);
    expect(rule.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 13);
    for (const p of [1, 2, 5, 9]) expect(expectGauss(1.7, (z) => z ** (2 * p), rule) / (doubleFactorial(2 * p - 1) * 1.7 ** p)).toBeCloseTo(1, 10);
    expect(expectGauss(2, (z) => z ** 3, rule)).toBeCloseTo(0, 12);
  });

  it('pairs in polar form: ReLU arc-cosine kernels and E zz′ = v c to 1e-12, at every correlation', () => {
    for (const c of [-1, -0.9, -0.3, 0, 0.5, 0.95, 1]) {
      expect(expectGaussPair(2.5, c, (z, y) => relu(z) * relu(y))).toBeCloseTo(2.5 * arcCos1(c), 12);
      expect(expectGaussPair(2.5, c, (z, y) => (z > 0 && y > 0 ? 1 : 0))).toBeCloseTo(arcCos0(c), 12);
      expect(expectGaussPair(0.3, c, (z, y) => z * y)).toBeCloseTo(0.3 * c, 12);
    }
    expect(expectGaussPair(0.8, 1, (z, y) => Math.tanh(z) * Math.tanh(y))).toBeCloseTo(expectGauss(0.8, (z) => Math.tanh(z) ** 2), 8); // two rules: 2e-9 apart
  });
});

describe('the wide limit (mean field)', () => {
  it('reduces to T5 (linear) and T6 (ReLU) for one sample, to 1e-12', () => {
    for (const [activation, initScale, targetScale] of [['linear', 1, 1], ['linear', 1.2, 0.5], ['relu', Math.SQRT2, 1], ['relu', 1.6, 0.3], ['relu', 1, 2]] as const) {
      const s = { ...base, activation, initScale, targetScale };
      const [mf, closed] = [meanFieldGapCurve(s), wideGapCurve(s)]; // Act
      mf.forEach((c, g) => expect(c).toBeCloseTo(closed[g]!, 12)); // Assert
    }
  });

  it('the correlation map: 0 stays 0 for linear and tanh (no batch effect), ReLU follows the arc-cosine recursion', () => {
    for (const activation of ['linear', 'tanh'] as const) {
      const s = { ...base, activation, batch: 10 };
      expect(meanFieldLayers(s).every((l) => Math.abs(l.K[1]!) < 1e-14)).toBe(true);
      meanFieldGapCurve(s).forEach((c, g) => expect(c).toBeCloseTo(meanFieldGapCurve({ ...s, batch: 1 })[g]!, 12));
    }
    let c = 0; // He ReLU: q = 1, c_m = 2·arcCos1(c_{m−1})
    for (const layer of meanFieldLayers({ ...base, activation: 'relu', initScale: Math.SQRT2 }).slice(1)) {
      c = 2 * arcCos1(c);
      expect(layer.K[0]!).toBeCloseTo(1, 12);
      expect(layer.K[1]!).toBeCloseTo(c, 12);
    }
  });
});

describe('the finite-width kernel chain', () => {
  it('its forward Gram is exact in law: linear, E ⟨s_m[0], s_m[1]⟩² = E tr(JᵀJ)² (T8) within 6 standard errors', () => {
    const [W, m, draws] = [6, 3, 20000];
    const normal = gaussian(mulberry32(5));
    const xs = Array.from({ length: draws }, () => (W * drawLayers({ ...base, depth: m, width: W }, 2, normal)[m]!.K[1]!) ** 2); // Act
    const mean = xs.reduce((a, b) => a + b, 0) / draws;
    const se = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws - 1) / draws);
    expect(Math.abs(mean - productMoments(m, W).trOfSq)).toBeLessThan(6 * se); // Assert
  });

  it('tends to the wide limit as W grows (tanh and ReLU, batch 3)', () => {
    for (const s of [{ ...base, depth: 4, width: 4000, batch: 3, activation: 'tanh', targetScale: 0.25 }, { ...base, depth: 4, width: 4000, batch: 3, activation: 'relu', initScale: Math.SQRT2 }] as const) {
      const [chain, wide] = [kernelChainGapCurve(s, 8).mean, meanFieldGapCurve(s)];
      chain.forEach((c, g) => expect(Math.abs(c - wide[g]!)).toBeLessThan(0.01));
    }
  });

  it('one sample, linear and ReLU: within 0.03 of the exact law (T7) at W = 50, L = 8', () => {
    for (const s of [base, { ...base, activation: 'relu', initScale: Math.SQRT2 }] as const) {
      const [chain, exact] = [kernelChainGapCurve(s, 1000, 2).mean, chainGapCurve(s, 5000, 4).mean];
      chain.forEach((c, g) => expect(Math.abs(c - exact[g]!)).toBeLessThan(0.03));
    }
  });
});
