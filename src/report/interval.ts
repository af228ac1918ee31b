import type { ReportStats } from './claims-json.js';

/** Where to draw a confidence interval against its claimed range, in SVG user units. */
export interface IntervalFigure {
  readonly width: number;
  readonly height: number;
  /** The claimed range, shaded; an open side runs to the axis end. */
  readonly claimed: { readonly x1: number; readonly x2: number };
  readonly interval: { readonly x1: number; readonly x2: number };
  readonly estimate: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** Does the interval lie inside the claimed range? */
  readonly inside: boolean;
}

const WIDTH = 480;
const MARGIN = 24;

/** The axis: the interval and the claimed bounds, padded by 15% of their span, cut to `limits`. */
export function axisDomain(s: ReportStats, limits: readonly [number, number] = [-Infinity, Infinity]): [number, number] {
  const xs = [s.lo, s.hi, s.estimate, s.claimed.lo, s.claimed.hi].filter((x): x is number => x !== undefined);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = 0.15 * (hi - lo || 1);
  return [Math.max(limits[0], lo - pad), Math.min(limits[1], hi + pad)];
}

/** Round numbers in [a, b]: steps of 1, 2 or 5 × 10^k, about five of them. */
export function niceTicks(a: number, b: number): number[] {
  const raw = (b - a) / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = Math.ceil(a / step) * step; t <= b + 1e-12; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Lays out the figure: x = MARGIN + (v − a)/(b − a) · (WIDTH − 2·MARGIN); a rate's axis stays in [0, 1]. */
export function intervalFigure(s: ReportStats, limits?: readonly [number, number]): IntervalFigure {
  const [a, b] = axisDomain(s, limits);
  const x = (v: number) => MARGIN + ((v - a) / (b - a)) * (WIDTH - 2 * MARGIN);
  const inside = (s.claimed.lo === undefined || s.lo > s.claimed.lo) && (s.claimed.hi === undefined || s.hi < s.claimed.hi);
  return {
    width: WIDTH,
    height: 70,
    claimed: { x1: x(s.claimed.lo ?? a), x2: x(s.claimed.hi ?? b) },
    interval: { x1: x(s.lo), x2: x(s.hi) },
    estimate: x(s.estimate),
    ticks: niceTicks(a, b).map((t) => ({ x: x(t), label: String(t) })),
    inside,
  };
}

/** "> 0.5", "< 0.6" or "∈ [0.55, 0.75]": the claimed range in words. */
export function claimedText(c: ReportStats['claimed']): string {
  if (c.lo !== undefined && c.hi !== undefined) return `∈ [${c.lo}, ${c.hi}]`;
  if (c.lo !== undefined) return `> ${c.lo}`;
  if (c.hi !== undefined) return `< ${c.hi}`;
  return 'no bound';
}
