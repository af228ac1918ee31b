/**
 * The mean-cosine plot: the y axis fits the data (no half-empty plot), a mark's label sits on the
 * side away from the curve, and the legend names undefined gaps (the heatmap: cells) only when there are some.
 * Oracle: the coordinates read back from the SVG.
 */
import { describe, expect, it } from 'vitest';
import { gapPlot } from '../../src/plot/gap-plot.js';
import { heatmap } from '../../src/plot/heatmap.js';
import type { GapRow } from '../../src/reproduce/summary.js';

/** A curve like the note's: 0.65 at gap 1 falling to about 0.18 at gap 19, with a ±0.01 band. */
const rows = (f: (g: number) => number | null): GapRow[] => Array.from({ length: 19 }, (_, k) => {
  const m = f(k + 1);
  return { gap: k + 1, meanCos: m, lo: m === null ? null : m - 0.01, hi: m === null ? null : m + 0.01, trials: 400, undefinedCells: m === null ? 3 : 0 };
});
const decay = (g: number) => 0.65 - 0.47 * Math.log(g) / Math.log(19);
const marks = [{ gap: 1, value: 0.65, label: 'note: 0.65' }, { gap: 19, value: 0.14, label: 'note: 0.14' }];
const plot = (r: GapRow[]) => gapPlot(r, { title: 't', subtitle: 's', marks, band: '95% CI' });

/** The y axis: each tick label's value and its y. */
const yTicks = (svg: string) => [...svg.matchAll(/<text x="54" y="([\d.]+)" text-anchor="end"[^>]*>(-?[\d.]+)<\/text>/g)].map((m) => ({ y: Number(m[1]) - 4, v: Number(m[2]) }));

describe('gapPlot', () => {
  it('fits its y axis to the data, within 0.15 of it at each end', () => {
    const svg = plot(rows(decay));
    const vs = yTicks(svg).map((t) => t.v);
    expect(Math.min(...vs)).toBeLessThanOrEqual(0.14);
    expect(Math.max(...vs)).toBeGreaterThanOrEqual(0.66);
    expect(Math.min(...vs)).toBeGreaterThanOrEqual(0.14 - 0.15);
    expect(Math.max(...vs)).toBeLessThanOrEqual(0.66 + 0.15);
  });

  it('labels each mark clear of the curve over the whole width of the label', () => {
    for (const data of [rows(decay), rows((g) => 0.6 - 0.02 * g), rows((g) => 0.1 + 0.03 * g)]) {
      const svg = plot(data);
      const curve = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="2.5"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
      const curveY = (x: number) => {
        const k = curve.findIndex((p) => p.x >= x);
        if (k <= 0) return curve[Math.max(0, k)]!.y;
        const [a, b] = [curve[k - 1]!, curve[k]!];
        return a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y);
      };
      for (const m of marks) {
        const label = new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)"([^>]*)>${m.label}</text>`).exec(svg)!;
        const [lx, ly, end] = [Number(label[1]), Number(label[2]), label[3]!.includes('text-anchor="end"')];
        for (let x = end ? lx - 70 : lx; x <= (end ? lx : lx + 70); x += 2) {
          const y = curveY(Math.min(Math.max(x, curve[0]!.x), curve.at(-1)!.x));
          expect(y < ly - 12 || y > ly + 3, `${m.label} (baseline y = ${ly}) crosses the curve at x = ${x}, y = ${y.toFixed(1)}`).toBe(true);
        }
      }
    }
  });

  it('names undefined gaps in the legend only when some gap is undefined', () => {
    expect(plot(rows(decay))).not.toContain('undefined (zero gradient norm)');
    expect(plot(rows((g) => (g === 7 ? null : decay(g))))).toContain('undefined (zero gradient norm)');
  });
});

describe('heatmap', () => {
  it('names undefined cells in the legend only when some cell is undefined', () => {
    const m = (hole: boolean) => Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => (hole && i === 1 && j === 3 ? null : 0.5)));
    expect(heatmap(m(false), { title: 't', subtitle: 's' })).not.toContain('undefined: a zero gradient norm');
    expect(heatmap(m(true), { title: 't', subtitle: 's' })).toContain('undefined: a zero gradient norm');
  });
});
