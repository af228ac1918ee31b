import { describe, expect, it } from 'vitest';
import { gaussian, mulberry32 } from '../../src/random/rng.js';
import { batchGapCurve } from '../../src/theory/batch.js';
import { scalarSampler } from '../../src/theory/chi-square.js';
import { exactField } from '../../src/algebra/exact-field.js';
import { batchGramSecondMoment, productMoments, productMomentsIn, secondMomentFactor, widthIn } from '../../src/theory/moments.js';
import { theoryCurve } from '../../src/theory/predict.js';
import { chainGapCurve } from '../../src/theory/scalar-chain.js';
import type { TheorySetup } from '../../src/theory/setup.js';
import { wideCosine, wideGapCurve } from '../../src/theory/wide-limit.js';

const linear: TheorySetup = { depth: 6, width: 50, batch: 1, activation: 'linear', initScale: 1, targetScale: 0 };

describe('moments of Gaussian products (hand-derived values)', () => {
  it('k = 1: E(tr AAᵀ)² = W² + 2 (χ² with W² dof, over W²), E tr(AAᵀ)² = 2W + 1 (Wishart), c_2 = 3 + 3/W + 3/W²', () => {
    for (let W = 1; W <= 9; W++) {
      const one = productMoments(1, W); // Act
      expect(one.trSq).toBeCloseTo(W * W + 2, 9); // Assert
      expect(one.trOfSq).toBeCloseTo(2 * W + 1, 9);
      expect(secondMomentFactor(2, W)).toBeCloseTo(3 + 3 / W + 3 / W ** 2, 9);
    }
  });

  it('scales as g^{4k}, tends to the Fuss–Catalan k + 1, and the Wishart batch moment is N W (W + N + 1)', () => {
    expect(productMoments(3, 7, 1.3).trOfSq).toBeCloseTo(1.3 ** 12 * productMoments(3, 7).trOfSq, 6);
    for (const k of [1, 5, 19]) expect(secondMomentFactor(k, 1e7)).toBeCloseTo(k + 1, 3);
    for (const [W, N] of [[3, 1], [5, 4], [8, 10]] as const) expect(batchGramSecondMoment(0, W, N)).toBe(N * W * (W + N + 1));
  });
});

describe('closed forms', () => {
  it('σ = 0: cos∞ = 1/√(k + 1) for linear and ReLU at any g; linear σ = 1, g = 1: 1/√(2(k + 2))', () => {
    for (const k of [1, 4, 19]) {
      expect(wideCosine({ activation: 'linear', initScale: 1.3, targetScale: 0 }, 2, k)).toBeCloseTo(1 / Math.sqrt(k + 1), 12);
      expect(wideCosine({ activation: 'relu', initScale: 0.9, targetScale: 0 }, 3, k)).toBeCloseTo(1 / Math.sqrt(k + 1), 12);
      expect(wideCosine({ activation: 'linear', initScale: 1, targetScale: 1 }, 5, k)).toBeCloseTo(1 / Math.sqrt(2 * (k + 2)), 12);
    }
  });

  it('the batch prediction tends to the one-sample wide limit as W → ∞ at fixed N', () => {
    const s = { ...linear, depth: 5, width: 1e6, batch: 10, targetScale: 0.7, initScale: 1.1 };
    const [batch, wide] = [batchGapCurve(s), wideGapCurve(s)]; // Act
    batch.forEach((c, g) => expect(c).toBeCloseTo(wide[g]!, 3)); // Assert
  });

  it('throws for tanh, which has no closed form here', () => {
    expect(() => wideCosine({ activation: 'tanh', initScale: 1, targetScale: 0 }, 1, 1)).toThrow(/tanh/);
  });
});

describe('the scalar chain and its sampler', () => {
  it('χ²_d has mean d and variance 2d (seeded, CLT bound at 6 standard errors)', () => {
    const u = mulberry32(11);
    const r = scalarSampler(u, gaussian(u));
    for (const d of [1, 2, 5, 49]) {
      const xs = Array.from({ length: 20000 }, () => r.chiSquare(d)); // Act
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
      expect(Math.abs(mean - d)).toBeLessThan(6 * Math.sqrt((2 * d) / xs.length)); // Assert
      expect(Math.abs(variance / (2 * d) - 1)).toBeLessThan(0.15);
    }
    expect(r.chiSquare(0)).toBe(0);
  });

  it('at a huge width the chain gives the wide limit 1/√(k + 1) (σ = 0)', () => {
    const c = chainGapCurve({ ...linear, width: 1e5 }, 500, 3);
    for (let k = 1; k < 6; k++) expect(c.mean[k - 1]!).toBeCloseTo(1 / Math.sqrt(k + 1), 2);
  });

  it('theoryCurve: the exact chain for one-sample linear and ReLU, the kernel chain (T12) for tanh and every batch, none beyond 60 layers', () => {
    expect(theoryCurve({ ...linear, depth: 4 })?.method).toMatch(/T7/);
    expect(theoryCurve({ ...linear, depth: 4 })?.meanCos).toHaveLength(3);
    const small = { ...linear, depth: 3, width: 4 };
    for (const s of [{ ...small, batch: 10 }, { ...small, activation: 'tanh' }, { ...small, activation: 'relu', batch: 10 }] as const) expect(theoryCurve(s)?.method).toMatch(/T12/);
    expect(theoryCurve({ ...linear, width: 100000, batch: 10 })?.method).toMatch(/wide limit/);
    expect(theoryCurve({ ...linear, depth: 61 })).toBeUndefined();
  });
});

describe('the moment recursion over exact decimals', () => {
  it('equals the float recursion where both are exact (W = 2, 4) and refuses a W whose 1/W has no finite decimal', () => {
    const F = exactField();
    for (const [k, W] of [[1, 2], [2, 4], [3, 2]] as const) {
      const exact = productMomentsIn(F, k, widthIn(F, W)); // Act
      expect([F.toNumber(exact.trSq), F.toNumber(exact.trOfSq)]).toEqual([productMoments(k, W).trSq, productMoments(k, W).trOfSq]); // Assert
    }
    expect(() => widthIn(F, 3)).toThrow(/1\/3 is not a finite decimal/);
  });
});
