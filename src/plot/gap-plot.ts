import type { GapRow } from '../reproduce/summary.js';
import { f, svgDocument, text } from './svg.js';

export interface GapPlotOptions {
  readonly title: string;
  /** Points to mark, e.g. the note's figures. */
  readonly marks: readonly { gap: number; value: number; label: string }[];
  /** Label of the band, e.g. "95% CI". */
  readonly band: string;
}

/** Mean cosine against gap j − i: the line, its confidence band, and marked reference points. */
export function gapPlot(rows: readonly GapRow[], o: GapPlotOptions): string {
  const [W, H, left, right, top, bottom] = [720, 440, 60, 20, 40, 50];
  const maxGap = Math.max(2, rows.length);
  const values = [...rows.flatMap((r) => [r.lo, r.hi]), ...o.marks.map((m) => m.value), 0];
  const [yMin, yMax] = [Math.min(-0.1, ...values), Math.max(1, ...values)];
  const x = (g: number) => left + ((g - 1) / (maxGap - 1)) * (W - left - right);
  const y = (v: number) => top + ((yMax - v) / (yMax - yMin)) * (H - top - bottom);
  const body: string[] = [text(W / 2, 22, o.title, 'text-anchor="middle" font-size="14"')];
  for (let v = Math.ceil(yMin * 5) / 5; v <= yMax + 1e-9; v += 0.2) {
    body.push(`<line x1="${left}" x2="${W - right}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="${Math.abs(v) < 1e-9 ? '#888' : '#eee'}"/>`);
    body.push(text(left - 6, y(v) + 4, v.toFixed(1), 'text-anchor="end"'));
  }
  for (const r of rows) if (r.gap === 1 || r.gap % 2 === 1 || r.gap === maxGap) body.push(text(x(r.gap), H - bottom + 16, String(r.gap), 'text-anchor="middle"'));
  body.push(text(W / 2, H - 12, 'gap j − i', 'text-anchor="middle"'));
  body.push(text(16, H / 2, 'mean cosine S(∂l_i/∂W_i, ∂l_j/∂W_i)', `text-anchor="middle" transform="rotate(-90 16 ${H / 2})"`));
  const band = [...rows.map((r) => `${f(x(r.gap))},${f(y(r.hi))}`), ...[...rows].reverse().map((r) => `${f(x(r.gap))},${f(y(r.lo))}`)];
  body.push(`<polygon points="${band.join(' ')}" fill="#1f77b4" fill-opacity="0.2" stroke="none"/>`);
  body.push(`<polyline points="${rows.map((r) => `${f(x(r.gap))},${f(y(r.meanCos))}`).join(' ')}" fill="none" stroke="#1f77b4" stroke-width="2"/>`);
  for (const r of rows) body.push(`<circle cx="${f(x(r.gap))}" cy="${f(y(r.meanCos))}" r="2.5" fill="#1f77b4"/>`);
  for (const m of o.marks) {
    body.push(`<path d="M ${f(x(m.gap) - 6)} ${f(y(m.value) - 6)} l 12 12 m 0 -12 l -12 12" stroke="#d62728" stroke-width="2.5"/>`);
    const rightHalf = x(m.gap) > W / 2;
    body.push(text(x(m.gap) + (rightHalf ? -10 : 8), y(m.value) - 8, m.label, `fill="#d62728"${rightHalf ? ' text-anchor="end"' : ''}`));
  }
  body.push(`<rect x="${W - right - 190}" y="${top + 4}" width="186" height="44" fill="white" stroke="#ccc"/>`);
  body.push(`<line x1="${W - right - 182}" x2="${W - right - 160}" y1="${top + 18}" y2="${top + 18}" stroke="#1f77b4" stroke-width="2"/>`);
  body.push(text(W - right - 154, top + 22, `mean, ${o.band} band`));
  body.push(`<path d="M ${W - right - 177} ${top + 30} l 10 10 m 0 -10 l -10 10" stroke="#d62728" stroke-width="2"/>`);
  body.push(text(W - right - 154, top + 40, "the note's figures"));
  return svgDocument(W, H, body);
}
