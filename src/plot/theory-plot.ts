import { f, svgDocument, text } from './svg.js';

/** One setup: its measured gap means (with interval) and the theory's curve. */
export interface TheorySeries {
  readonly label: string;
  readonly measured: readonly { gap: number; meanCos: number; lo: number; hi: number }[];
  readonly predicted: readonly number[];
}

const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

/** Measured mean cosine against gap (dots with interval bars) and predicted curves (dashed), one colour per setup. */
export function theoryPlot(series: readonly TheorySeries[], title: string): string {
  const [W, H, left, right, top, bottom] = [760, 480, 60, 230, 40, 50];
  const maxGap = Math.max(2, ...series.map((s) => s.measured.length));
  const x = (g: number) => left + ((g - 1) / (maxGap - 1)) * (W - left - right);
  const y = (v: number) => top + ((0.8 - v) / 0.8) * (H - top - bottom);
  const body: string[] = [text((W - right + left) / 2, 22, title, 'text-anchor="middle" font-size="14"')];
  for (let v = 0; v <= 0.8 + 1e-9; v += 0.1) {
    body.push(`<line x1="${left}" x2="${W - right}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#eee"/>`);
    body.push(text(left - 6, y(v) + 4, v.toFixed(1), 'text-anchor="end"'));
  }
  for (let g = 1; g <= maxGap; g += 2) body.push(text(x(g), H - bottom + 16, String(g), 'text-anchor="middle"'));
  body.push(text((W - right + left) / 2, H - 12, 'gap j − i', 'text-anchor="middle"'));
  body.push(text(16, H / 2, 'mean cosine S(∂l_i/∂W_i, ∂l_j/∂W_i)', `text-anchor="middle" transform="rotate(-90 16 ${H / 2})"`));
  series.forEach((s, n) => {
    const c = COLOURS[n % COLOURS.length]!;
    body.push(`<polyline points="${s.predicted.map((v, g) => `${f(x(g + 1))},${f(y(v))}`).join(' ')}" fill="none" stroke="${c}" stroke-width="2" stroke-dasharray="6 4"/>`);
    for (const r of s.measured) {
      body.push(`<line x1="${f(x(r.gap))}" x2="${f(x(r.gap))}" y1="${f(y(r.lo))}" y2="${f(y(r.hi))}" stroke="${c}"/>`);
      body.push(`<circle cx="${f(x(r.gap))}" cy="${f(y(r.meanCos))}" r="2.5" fill="${c}"/>`);
    }
    const ly = top + 10 + 18 * n;
    body.push(`<circle cx="${W - right + 20}" cy="${ly}" r="3" fill="${c}"/>`);
    body.push(`<line x1="${W - right + 28}" x2="${W - right + 48}" y1="${ly}" y2="${ly}" stroke="${c}" stroke-width="2" stroke-dasharray="6 4"/>`);
    body.push(text(W - right + 54, ly + 4, s.label));
  });
  const ly = top + 10 + 18 * series.length + 10;
  body.push(text(W - right + 16, ly, 'dots: measured mean, 95% CI bars'));
  body.push(text(W - right + 16, ly + 16, 'dashed: theory (src/theory)'));
  return svgDocument(W, H, body);
}
