/** The per-trial summaries of reproduce: pair cosines, gap means, all-positive. */
import { describe, expect, it } from 'vitest';
import { floatAlgebra } from '../../src/algebra/float.js';
import { cosine } from '../../src/network/cosine.js';
import { allPairGradients } from '../../src/network/gradients.js';
import { gaussianNetwork } from '../../src/random/gaussian-network.js';
import { allPositive, gapMean, pairCosines } from '../../src/reproduce/pair-cosines.js';

const table = (rows: Record<number, Record<number, number>>, L: number) =>
  Array.from({ length: L + 1 }, (_, i) => Array.from({ length: L + 1 }, (_, j) => rows[i]?.[j] ?? Number.NaN));

describe('pair cosines', () => {
  it('allPositive reads only the pairs i < j (1-based)', () => {
    expect(allPositive(table({ 1: { 2: 0.5, 3: 0.1 }, 2: { 3: 0.2 } }, 3))).toBe(true);
    expect(allPositive(table({ 1: { 2: 0.5, 3: -0.1 }, 2: { 3: 0.2 } }, 3))).toBe(false);
    expect(allPositive(table({ 1: { 2: 0.5, 3: 0 }, 2: { 3: 0.2 } }, 3))).toBe(false);
  });

  it('gapMean averages cos[i][i+gap] over i', () => {
    const c = table({ 1: { 2: 0.5, 3: 0.1 }, 2: { 3: 0.2 } }, 3);
    expect(gapMean(c, 1)).toBeCloseTo(0.35, 15);
    expect(gapMean(c, 2)).toBeCloseTo(0.1, 15);
  });

  it('equal the cosines of the split gradients (an independent path through allPairGradients)', () => {
    const net = gaussianNetwork(7, { depth: 4, width: 5, batch: 2, activation: 'tanh' });
    const all = allPairGradients(floatAlgebra, net);
    const c = pairCosines(net);
    for (let i = 1; i < 4; i++) for (let j = i + 1; j <= 4; j++) {
      expect(c[i]![j]).toBeCloseTo(cosine(floatAlgebra, all.pair(i, i).gradient, all.pair(i, j).gradient), 12);
    }
  });
});
