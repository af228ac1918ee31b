/** The drawing of a confidence interval against a claimed bound: geometry checked by its own formula. */
import { describe, expect, it } from 'vitest';
import type { ReportStats } from '../../src/report/claims-json.js';
import { axisDomain, claimedText, intervalFigure, niceTicks } from '../../src/report/interval.js';

const stats = (lo: number, hi: number, claimed: ReportStats['claimed']): ReportStats =>
  ({ method: 'Clopper–Pearson', estimate: (lo + hi) / 2, lo, hi, alpha: 1e-6, n: 100, claimed });

describe('intervalFigure', () => {
  it('places values linearly on the axis: equal steps in value are equal steps in x', () => {
    const f = intervalFigure(stats(0.6, 0.8, { lo: 0.5 }));                                          // Act
    expect(f.estimate - f.interval.x1).toBeCloseTo(f.interval.x2 - f.estimate, 9);                 // Assert
    const [a, b] = axisDomain(stats(0.6, 0.8, { lo: 0.5 }));
    expect(f.interval.x1).toBeCloseTo(24 + ((0.6 - a) / (b - a)) * (f.width - 48), 9);
  });

  it('shades a lower bound from the bound to the right end, an upper bound from the left end', () => {
    const above = intervalFigure(stats(0.6, 0.8, { lo: 0.5 }));
    const below = intervalFigure(stats(0.2, 0.4, { hi: 0.5 }));
    expect(above.claimed.x1).toBeLessThan(above.interval.x1);
    expect(above.claimed.x2).toBeCloseTo(above.width - 24, 9);
    expect(below.claimed.x1).toBeCloseTo(24, 9);
    expect(below.claimed.x2).toBeGreaterThan(below.interval.x2);
  });

  it('says inside only when the whole interval lies in the claimed range', () => {
    const cases: [ReportStats, boolean][] = [
      [stats(0.6, 0.8, { lo: 0.5 }), true], [stats(0.4, 0.8, { lo: 0.5 }), false],
      [stats(0.2, 0.4, { hi: 0.5 }), true], [stats(0.2, 0.6, { hi: 0.5 }), false],
      [stats(0.6, 0.7, { lo: 0.55, hi: 0.75 }), true], [stats(0.6, 0.8, { lo: 0.55, hi: 0.75 }), false],
    ];
    expect(cases.map(([s]) => intervalFigure(s).inside)).toEqual(cases.map(([, inside]) => inside));
  });

  it('keeps a rate on [0, 1] when given those limits', () => {
    expect(axisDomain(stats(0.9, 1, { lo: 0.5 }), [0, 1])[1]).toBe(1);
    expect(axisDomain(stats(0.9, 1, { lo: 0.5 }))[1]).toBeGreaterThan(1);
  });

  it('words the claimed range', () => {
    expect([{ lo: 0.5 }, { hi: 0.6 }, { lo: 0.55, hi: 0.75 }].map(claimedText)).toEqual(['> 0.5', '< 0.6', '∈ [0.55, 0.75]']);
  });
});

describe('niceTicks', () => {
  it('gives evenly spaced ticks inside the range, a step of 1, 2 or 5 times a power of ten', () => {
    for (const [a, b] of [[0.43, 1.07], [-0.013, 0.24], [0.6, 0.62], [0, 1000]] as const) {
      const t = niceTicks(a, b);
      const step = t[1]! - t[0]!;
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t.every((x, k) => x >= a && x <= b && (k === 0 || Math.abs(x - t[k - 1]! - step) < 1e-9 * Math.abs(b - a)))).toBe(true);
      expect([1, 2, 5, 10]).toContain(Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6)));
    }
  });
});
