import { mulberry32 } from '../random/rng.js';
import { freeEntries, type NetShapes, type Shape, SHAPE_DEFAULTS, shapeName } from '../lang/shapes.js';

/**
 * `count` distinct shapes drawn uniformly within the bounds (and maxEntries) from the seed
 * (fewer when the bounds hold fewer), the smallest one always included; sorted by free entries.
 */
export function drawShapes(bounds: NetShapes, seed: number): Shape[] {
  const b = { ...SHAPE_DEFAULTS, ...bounds };
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
