import type { ActivationName } from '../activation.js';

/** The shapes a universal check covers, as bounds; shapes are drawn at random within them. */
export interface NetShapes {
  /** @defaultValue 'linear' */
  readonly activation?: ActivationName;
  /** Layers L. @defaultValue [1, 3] */
  readonly depth?: readonly [number, number];
  /** Widths of every layer, input included. @defaultValue [1, 3] */
  readonly width?: readonly [number, number];
  /** Samples; 0 means one sample written as a vector. @defaultValue [0, 2] */
  readonly batch?: readonly [number, number];
  /** Every target fixed at 0. @defaultValue false */
  readonly zeroTargets?: boolean;
  /** Distinct shapes drawn (the smallest shape is always one of them). @defaultValue 6 */
  readonly count?: number;
  /** Only shapes with at most this many free entries (e.g. for Z3). @defaultValue Infinity */
  readonly maxEntries?: number;
}

export interface Shape {
  readonly activation: ActivationName;
  /** width_0 … width_L */
  readonly widths: readonly number[];
  /** 0: one sample as a vector. */
  readonly batch: number;
  readonly zeroTargets: boolean;
}

/** Free entries: weights, input and (unless fixed at 0) targets. */
export function freeEntries(s: Shape): number {
  const n = Math.max(s.batch, 1);
  const layers = s.widths.slice(1);
  const weights = layers.reduce((acc, w, k) => acc + w * s.widths[k]!, 0);
  return weights + s.widths[0]! * n + (s.zeroTargets ? 0 : layers.reduce((a, w) => a + w * n, 0));
}

/** "linear 2-3-1, batch 2" */
export const shapeName = (s: Shape): string =>
  `${s.activation} ${s.widths.join('-')}, ${s.batch === 0 ? 'one sample' : `batch ${s.batch}`}${s.zeroTargets ? ', targets 0' : ''}`;

/** The bounds' defaults, as documented on NetShapes. */
export const SHAPE_DEFAULTS = { activation: 'linear', depth: [1, 3], width: [1, 3], batch: [0, 2], zeroTargets: false, count: 6, maxEntries: Infinity } as const;

/** "2", "1–3" */
const range = ([lo, hi]: readonly [number, number]): string => (lo === hi ? `${lo}` : `${lo}–${hi}`);

/** "one sample", "batch 2", "one sample or batch 1–2" */
function batchWords([lo, hi]: readonly [number, number]): string {
  if (hi === 0) return 'one sample';
  return lo === 0 ? `one sample or batch 1–${hi}` : `batch ${range([lo, hi])}`;
}

/**
 * The bounds in words, e.g. "linear, depth 2, widths 1–4, one sample, targets 0, at most 12 free
 * entries": what a check certified only at drawn shapes covers.
 */
export function scopeWords(bounds: NetShapes): string {
  const b = { ...SHAPE_DEFAULTS, ...bounds };
  const parts = [b.activation, `depth ${range(b.depth)}`, `widths ${range(b.width)}`, batchWords(b.batch)];
  if (b.zeroTargets) parts.push('targets 0');
  if (Number.isFinite(b.maxEntries)) parts.push(`at most ${b.maxEntries} free entries`);
  return parts.join(', ');
}
