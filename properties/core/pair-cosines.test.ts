/** The per-trial summaries of reproduce: gap means and all-positive, on hand-made tables. */
import { describe, expect, it } from 'vitest';
import { allPositive, type CosineTable, gapMean } from '../../src/reproduce/pair-cosines.js';

const table = (entries: Record<string, number>, L: number): CosineTable => {
  const cos = new Float64Array((L + 1) * (L + 1)).fill(Number.NaN);
  for (const [key, c] of Object.entries(entries)) {
    const [i, j] = key.split(',').map(Number) as [number, number];
    cos[i * (L + 1) + j] = c;
  }
  return { L, cos };
};

describe('cosine tables', () => {
  it('allPositive reads only the pairs i < j (1-based)', () => {
    expect(allPositive(table({ '1,2': 0.5, '1,3': 0.1, '2,3': 0.2 }, 3))).toBe(true);
    expect(allPositive(table({ '1,2': 0.5, '1,3': -0.1, '2,3': 0.2 }, 3))).toBe(false);
    expect(allPositive(table({ '1,2': 0.5, '1,3': 0, '2,3': 0.2 }, 3))).toBe(false);
  });

  it('gapMean averages cos(i, i+gap) over i', () => {
    const t = table({ '1,2': 0.5, '1,3': 0.1, '2,3': 0.2 }, 3);
    expect(gapMean(t, 1)).toBeCloseTo(0.35, 15);
    expect(gapMean(t, 2)).toBeCloseTo(0.1, 15);
  });
});
