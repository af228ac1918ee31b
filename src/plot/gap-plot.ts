import type { GapRow } from '../reproduce/summary.js';
import { f, svgDocument, text } from './svg.js';
import { ticks } from './ticks.js';

export interface GapPlotOptions {
  readonly title: string;
  /** Second line: trials, seed, confidence. */
  readonly subtitle: string;
  /** Points to mark, e.g. the note's figures. */
  readonly marks: readonly { gap: number; value: number; label: string }[];
  /** Label of the band, e.g. "95% CI". */
  readonly band: string;
  /** A predicted curve to draw dashed beside the measured one (src/theory). @defaultValue none */
  readonly theory?: readonly { gap: number; meanCos: number }[];
}

type Defined = GapRow & { meanCos: number };

/** Runs of consecutive rows for which `ok` holds (a line or band is broken at undefined gaps). */
function runs<T extends GapRow>(rows: readonly GapRow[], ok: (r: GapRow) => r is T): T[][] {
  const out: T[][] = [[]];
  for (const r of rows) ok(r) ? out[out.length - 1]!.push(r) : out[out.length - 1]!.length && out.push([]);
  return out.filter((r) => r.length > 0);
}

/** The y range: the data (bands, marks, theory, 0 where a gap is undefined) padded by 0.05, out to tenths, within [−1, 1]. */
export function yRange(rows: readonly GapRow[], o: Pick<GapPlotOptions, 'marks' | 'theory'>): [number, number] {
  const vs = [
    ...rows.flatMap((r) => [r.lo, r.hi, r.meanCos, ...(r.meanCos === null ? [0] : [])]).filter((v): v is number => v !== null),
    ...o.marks.map((m) => m.value), ...(o.theory ?? []).map((r) => r.meanCos),
  ];
  if (vs.length === 0) return [-1, 1];
  const lo = Math.max(-1, Math.floor((Math.min(...vs) - 0.05) * 10) / 10);
  const hi = Math.min(1, Math.ceil((Math.max(...vs) + 0.05) * 10) / 10);
  return hi - lo >= 0.2 ? [lo, hi] : [Math.max(-1, hi - 0.2), hi];
}

/**
 * Mean cosine against gap j − i: the line, its confidence band, marked reference points
 * (labelled on the side away from the curve), thinned ticks (any L), the y axis fitted to the
 * data, and a grey cross at each gap whose mean is undefined (in the legend only then).
 */
export function gapPlot(rows: readonly GapRow[], o: GapPlotOptions): string {
  const [W, H, left, right, top, bottom] = [720, 460, 60, 20, 60, 50];
  const maxGap = Math.max(2, rows.length);
  const x = (g: number) => left + ((g - 1) / (maxGap - 1)) * (W - left - right);
  const [lo, hi] = yRange(rows, o);
  const y = (v: number) => top + ((hi - v) / (hi - lo)) * (H - top - bottom);
  const body: string[] = [text(W / 2, 22, o.title, 'text-anchor="middle" font-size="14"'), text(W / 2, 40, o.subtitle, 'text-anchor="middle" fill="#555"')];
  const step = hi - lo > 1 ? 2 : 1; // in tenths
  for (let k = Math.round(lo * 10); k <= Math.round(hi * 10); k += step) {
    const v = k / 10;
    body.push(`<line x1="${left}" x2="${W - right}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="${k === 0 ? '#888' : '#eee'}"/>`);
    body.push(text(left - 6, y(v) + 4, v.toFixed(1), 'text-anchor="end"'));
  }
  for (const g of ticks(maxGap)) body.push(text(x(g), H - bottom + 16, String(g), 'text-anchor="middle"'));
  body.push(text(W / 2, H - 12, 'gap j − i', 'text-anchor="middle"'));
  body.push(text(16, H / 2, 'mean cosine S(∂l_i/∂W_i, ∂l_j/∂W_i)', `text-anchor="middle" transform="rotate(-90 16 ${H / 2})"`));
  for (const run of runs(rows, (r): r is Defined & { lo: number; hi: number } => r.lo !== null && r.hi !== null)) {
    const band = [...run.map((r) => `${f(x(r.gap))},${f(y(r.hi))}`), ...[...run].reverse().map((r) => `${f(x(r.gap))},${f(y(r.lo))}`)];
    body.push(`<polygon class="band" points="${band.join(' ')}" fill="#1f77b4" fill-opacity="0.3" stroke="#1f77b4" stroke-opacity="0.5" stroke-width="0.8"/>`);
  }
  for (const run of runs(rows, (r): r is Defined => r.meanCos !== null)) {
    body.push(`<polyline points="${run.map((r) => `${f(x(r.gap))},${f(y(r.meanCos))}`).join(' ')}" fill="none" stroke="#1f77b4" stroke-width="2"/>`);
    if (rows.length <= 60) for (const r of run) body.push(`<circle cx="${f(x(r.gap))}" cy="${f(y(r.meanCos))}" r="2.5" fill="#1f77b4"/>`);
  }
  for (const r of rows) if (r.meanCos === null) body.push(`<path class="undefined" d="M ${f(x(r.gap) - 3)} ${f(y(0) - 3)} l 6 6 m 0 -6 l -6 6" stroke="#999"><title>gap ${r.gap}: undefined</title></path>`);
  if (o.theory) body.push(`<polyline points="${o.theory.map((r) => `${f(x(r.gap))},${f(y(r.meanCos))}`).join(' ')}" fill="none" stroke="#2ca02c" stroke-width="2" stroke-dasharray="6 4"/>`);
  for (const m of o.marks) {
    body.push(`<path d="M ${f(x(m.gap) - 6)} ${f(y(m.value) - 6)} l 12 12 m 0 -12 l -12 12" stroke="#d62728" stroke-width="2.5"/>`);
    const rightHalf = x(m.gap) > W / 2;
    const span = rows.slice(rightHalf ? Math.max(0, m.gap - 3) : m.gap - 1, rightHalf ? m.gap : m.gap + 2).flatMap((r) => (r.meanCos === null ? [] : [r.meanCos]));
    const below = span.length > 0 && span.reduce((a, b) => a + b, 0) / span.length >= m.value; // the label goes where the curve under it is not
    body.push(text(x(m.gap) + (rightHalf ? -10 : 8), y(m.value) + (below ? 20 : -10), m.label, `fill="#d62728"${rightHalf ? ' text-anchor="end"' : ''}`));
  }
  const undefinedGaps = rows.some((r) => r.meanCos === null);
  const legend = [undefinedGaps, Boolean(o.theory)];
  body.push(`<rect x="${W - right - 220}" y="${top + 4}" width="216" height="${42 + 18 * legend.filter(Boolean).length}" fill="white" stroke="#ccc"/>`);
  body.push(`<rect x="${W - right - 212}" y="${top + 12}" width="22" height="12" fill="#1f77b4" fill-opacity="0.3"/><line x1="${W - right - 212}" x2="${W - right - 190}" y1="${top + 18}" y2="${top + 18}" stroke="#1f77b4" stroke-width="2"/>`);
  body.push(text(W - right - 184, top + 22, `mean, ${o.band} band`));
  body.push(`<path d="M ${W - right - 206} ${top + 32} l 10 10 m 0 -10 l -10 10" stroke="#d62728" stroke-width="2"/>`);
  body.push(text(W - right - 184, top + 42, "the note's figures"));
  let row = top + 58;
  if (undefinedGaps) {
    body.push(`<path d="M ${W - right - 204} ${row - 8} l 6 6 m 0 -6 l -6 6" stroke="#999"/>`, text(W - right - 184, row, 'undefined (zero gradient norm)'));
    row += 18;
  }
  if (o.theory) {
    body.push(`<line x1="${W - right - 212}" x2="${W - right - 190}" y1="${row - 4}" y2="${row - 4}" stroke="#2ca02c" stroke-width="2" stroke-dasharray="6 4"/>`);
    body.push(text(W - right - 184, row, 'theory (src/theory)'));
  }
  return svgDocument(W, H, body);
}
