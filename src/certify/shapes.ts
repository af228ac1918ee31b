import type { ActivationName } from '../activation.js';
import { mulberry32 } from '../random/rng.js';

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

const DEFAULTS = { activation: 'linear', depth: [1, 3], width: [1, 3], batch: [0, 2], zeroTargets: false, count: 6, maxEntries: Infinity } as const;

/**
 * `count` distinct shapes drawn uniformly within the bounds (and maxEntries) from the seed
 * (fewer when the bounds hold fewer), the smallest one always included; sorted by free entries.
 */
export function drawShapes(bounds: NetShapes, seed: number): Shape[] {
  const b = { ...DEFAULTS, ...bounds };
  const random = mulberry32(seed);
  const int = ([lo, hi]: readonly [number, number]) => lo + Math.floor(random() * (hi - lo + 1));
  const smallest: Shape = { activation: b.activation, widths: Array(b.depth[0] + 1).fill(b.width[0]), batch: b.batch[0], zeroTargets: b.zeroTargets };
  const byName = new Map([[shapeName(smallest), smallest]]);
  for (let tries = 0; byName.size < b.count && tries < 50 * b.count; tries++) {
    const widths = Array.from({ length: int(b.depth) + 1 }, () => int(b.width));
    const shape: Shape = { activation: b.activation, widths, batch: int(b.batch), zeroTargets: b.zeroTargets };
    if (freeEntries(shape) <= b.maxEntries) byName.set(shapeName(shape), shape);
  }
  return [...byName.values()].sort((x, y) => freeEntries(x) - freeEntries(y));
}
