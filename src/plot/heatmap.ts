import { f, svgDocument, text } from './svg.js';

/** Diverging colour for c ∈ [−1, 1]: blue (−1), white (0), red (+1). */
export function divergingColour(c: number): string {
  const t = Math.max(-1, Math.min(1, c));
  const [r, g, b] = t >= 0 ? [255, 255 - 200 * t, 255 - 200 * t] : [255 + 200 * t, 255 + 200 * t, 255];
  return `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;
}

/** The L×L matrix m[i][j] (1-based; null cells left blank) as coloured cells with a colour bar. */
export function heatmap(m: readonly (readonly (number | null)[])[], title: string): string {
  const L = m.length - 1;
  const cell = Math.max(12, Math.min(32, Math.floor(520 / L)));
  const [left, top] = [70, 50];
  const size = cell * L;
  const [W, H] = [left + size + 110, top + size + 60];
  const body: string[] = [text(W / 2, 24, title, 'text-anchor="middle" font-size="14"')];
  for (let i = 1; i <= L; i++) {
    for (let j = 1; j <= L; j++) {
      const v = m[i]?.[j];
      if (v === null || v === undefined) continue;
      body.push(`<rect x="${left + (j - 1) * cell}" y="${top + (i - 1) * cell}" width="${cell}" height="${cell}" fill="${divergingColour(v)}"><title>i=${i}, j=${j}: ${v.toFixed(3)}</title></rect>`);
    }
    if (i === 1 || i % 5 === 0) {
      body.push(text(left - 6, top + (i - 0.5) * cell + 4, String(i), 'text-anchor="end"'));
      body.push(text(left + (i - 0.5) * cell, top + size + 16, String(i), 'text-anchor="middle"'));
    }
  }
  body.push(`<rect x="${left}" y="${top}" width="${size}" height="${size}" fill="none" stroke="#888"/>`);
  body.push(text(left + size / 2, top + size + 36, 'loss j', 'text-anchor="middle"'));
  body.push(text(24, top + size / 2, 'layer i', `text-anchor="middle" transform="rotate(-90 24 ${top + size / 2})"`));
  const barX = left + size + 30;
  for (let k = 0; k < 100; k++) {
    body.push(`<rect x="${barX}" y="${f(top + (k * size) / 100)}" width="16" height="${f(size / 100 + 0.5)}" fill="${divergingColour(1 - (2 * k) / 99)}"/>`);
  }
  for (const v of [1, 0.5, 0, -0.5, -1]) body.push(text(barX + 22, top + ((1 - v) / 2) * size + 4, v.toFixed(1)));
  return svgDocument(W, H, body);
}
