import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { activation, type ActivationName } from '../../src/activation.js';
import type { Network } from '../../src/network/network.js';
import { Ziggurat } from '../../src/random/ziggurat.js';

export interface GaussianWidthsOptions {
  /** width_0 … width_L: any widths. @defaultValue [10, 10, 10] */
  widths?: readonly number[];
  /** N, samples (columns of x). @defaultValue 1 */
  batch?: number;
  /** @defaultValue 'linear' */
  activation?: ActivationName;
  /** g in W_i ~ N(0, g²/width_{i−1}). @defaultValue √2 for relu, else 1 */
  initScale?: number;
  /** σ in s_i* ~ N(0, σ²); 0 gives zero targets. @defaultValue 1 */
  targetScale?: number;
}

/**
 * A Gaussian network of any widths, for rate and mean checks: W_i ~ N(0, g²/width_{i−1}),
 * x ~ N(0, 1), s_i* ~ N(0, σ²), deterministic from a seed that fast-check draws uniformly.
 * For statistics only: it does not shrink meaningfully.
 */
export function gaussianWidthNet(options: GaussianWidthsOptions = {}): fc.Arbitrary<Network<Matrix>> {
  const widths = options.widths ?? [10, 10, 10];
  const h = options.activation ?? 'linear';
  const g = options.initScale ?? (h === 'relu' ? Math.SQRT2 : 1);
  const [N, sigma] = [options.batch ?? 1, options.targetScale ?? 1];
  return fc.noBias(fc.integer()).map((seed) => {
    const z = new Ziggurat(seed);
    const normal = () => z.normal();
    const draw = (rows: number, cols: number, sd: number) => Matrix.from1DArray(rows, cols, Array.from({ length: rows * cols }, () => sd * normal()));
    return {
      activation: activation(h),
      weights: widths.slice(1).map((w, k) => draw(w, widths[k]!, g / Math.sqrt(widths[k]!))),
      input: draw(widths[0]!, N, 1),
      targets: widths.slice(1).map((w) => draw(w, N, sigma)),
    };
  });
}
