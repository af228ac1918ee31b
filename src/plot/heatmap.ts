import { f, svgDocument, text } from './svg.js';
import { ticks } from './ticks.js';

/** Diverging colour for c ∈ [−1, 1]: blue (−1), white (0), red (+1). */
export function divergingColour(c: number): string {
  const t = Math.max(-1, Math.min(1, c));
  const [r, g, b] = t >= 0 ? [255, 255 - 200 * t, 255 - 200 * t] : [255 + 200 * t, 255 + 200 * t, 255];
  return `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;
}

/** Most cells drawn per side; beyond it, B×B blocks of pairs are averaged into one cell. */
export const MAX_CELLS = 100;

const HATCH = '<defs><pattern id="undefined" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#777" stroke-width="2"/></pattern></defs>';

/**
 * The pairs 1 ≤ i < j ≤ L of m (m[i][j] a number, or null where undefined), in cells of
 * B = ⌈L / MAX_CELLS⌉ pairs per side: each cell the mean of its defined entries, hatched
 * when it has pairs but none defined.
 */
export function aggregate(m: readonly (readonly (number | null)[])[], B: number): { n: number; cell(I: number, J: number): number | null | undefined } {
  const L = m.length - 1;
  const n = Math.ceil(L / B);
  return {
    n,
    cell(I, J) {
      let [sum, count, pairs] = [0, 0, 0];
      for (let i = I * B + 1; i <= Math.min(L, (I + 1) * B); i++)
        for (let j = Math.max(i + 1, J * B + 1); j <= Math.min(L, (J + 1) * B); j++) {
          pairs++;
          const v = m[i]?.[j];
          if (typeof v === 'number') (sum += v), count++;
        }
      return pairs === 0 ? undefined : count === 0 ? null : sum / count;
    },
  };
}

/** The L×L heatmap with a labelled colour bar, hatched undefined cells (in the legend only when there are some), thinned ticks, any L. */
export function heatmap(m: readonly (readonly (number | null)[])[], o: { title: string; subtitle: string }): string {
  const L = m.length - 1;
  const B = Math.ceil(L / MAX_CELLS);
  const grid = aggregate(m, B);
  const cell = Math.max(5, Math.min(32, Math.floor(520 / grid.n)));
  const [left, top] = [70, 66];
  const size = cell * grid.n;
  const [W, H] = [Math.max(left + size + 150, 640), top + size + 80];
  const body: string[] = [HATCH, text(W / 2, 22, o.title, 'text-anchor="middle" font-size="14"'), text(W / 2, 40, `${o.subtitle}${B > 1 ? `; each cell averages ${B}×${B} pairs` : ''}`, 'text-anchor="middle" fill="#555"')];
  for (let I = 0; I < grid.n; I++)
    for (let J = I; J < grid.n; J++) {
      const v = grid.cell(I, J);
      if (v === undefined) continue;
      const where = B === 1 ? `i=${I + 1}, j=${J + 1}` : `i=${I * B + 1}…${Math.min(L, (I + 1) * B)}, j=${J * B + 1}…${Math.min(L, (J + 1) * B)}`;
      body.push(`<rect x="${left + J * cell}" y="${top + I * cell}" width="${cell}" height="${cell}" fill="${v === null ? 'url(#undefined)' : divergingColour(v)}"><title>${where}: ${v === null ? 'undefined' : v.toFixed(3)}</title></rect>`);
    }
  for (const t of ticks(L, 10)) {
    const at = ((t - 0.5) / L) * size;
    body.push(text(left - 6, top + at + 4, String(t), 'text-anchor="end"'), text(left + at, top + size + 16, String(t), 'text-anchor="middle"'));
  }
  body.push(`<rect x="${left}" y="${top}" width="${size}" height="${size}" fill="none" stroke="#888"/>`);
  body.push(text(left + size / 2, top + size + 36, 'loss j', 'text-anchor="middle"'));
  body.push(text(24, top + size / 2, 'layer i', `text-anchor="middle" transform="rotate(-90 24 ${top + size / 2})"`));
  const barX = left + size + 40;
  for (let k = 0; k < 100; k++) body.push(`<rect x="${barX}" y="${f(top + (k * size) / 100)}" width="16" height="${f(size / 100 + 0.5)}" fill="${divergingColour(1 - (2 * k) / 99)}"/>`);
  for (const v of [1, 0.5, 0, -0.5, -1]) body.push(text(barX + 22, top + ((1 - v) / 2) * size + 4, v.toFixed(1)));
  body.push(text(barX - 8, top + size / 2, 'mean cosine', `text-anchor="middle" transform="rotate(-90 ${barX - 8} ${top + size / 2})"`));
  const anyUndefined = Array.from({ length: grid.n }, (_, I) => Array.from({ length: grid.n - I }, (_, k) => grid.cell(I, I + k))).flat().includes(null);
  if (anyUndefined) body.push(`<rect x="${left}" y="${top + size + 48}" width="14" height="14" fill="url(#undefined)" stroke="#888"/>`, text(left + 20, top + size + 60, 'undefined: a zero gradient norm in every trial'));
  return svgDocument(W, H, body);
}
