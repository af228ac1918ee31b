import type { ActivationName } from '../activation.js';
import type { FlatNetwork } from '../engine/workspace.js';
import { Ziggurat } from './ziggurat.js';

export interface GaussianNetworkOptions {
  /** L. @defaultValue 20 */
  depth?: number;
  /** W, every layer's width (input included). @defaultValue 20 */
  width?: number;
  /** N, samples (columns of x). @defaultValue 1 */
  batch?: number;
  /** @defaultValue 'linear' */
  activation?: ActivationName;
  /** g in W_i ~ N(0, g²/W). @defaultValue 1 */
  initScale?: number;
  /** σ in s_i* ~ N(0, σ²). @defaultValue 1 */
  targetScale?: number;
}

export const GAUSSIAN_DEFAULTS: Required<GaussianNetworkOptions> = {
  depth: 20, width: 20, batch: 1, activation: 'linear', initScale: 1, targetScale: 1,
};

/**
 * A random network, deterministic from its seed (mulberry32 words, ziggurat normals), in the engine's flat layout:
 * W_i ~ N(0, g²/W) entrywise, x ~ N(0, 1) (W × N, columns = samples), s_i* ~ N(0, σ²).
 * Drawn into `reuse`'s buffers, overwriting them, when it has the same shape and activation (a thread
 * running many trials allocates one network), else into new ones.
 */
export function gaussianFlatNetwork(seed: number, options: GaussianNetworkOptions = {}, reuse?: FlatNetwork): FlatNetwork {
  const o = { ...GAUSSIAN_DEFAULTS, ...options };
  const { depth: L, width: W, batch: N, activation } = o;
  const fits = reuse && reuse.depth === L && reuse.width === W && reuse.batch === N && reuse.activation === activation;
  const net: FlatNetwork = fits ? reuse : {
    activation, depth: L, width: W, batch: N,
    weights: Array.from({ length: L }, () => new Float64Array(W * W)),
    input: new Float64Array(W * N),
    targets: Array.from({ length: L }, () => new Float64Array(W * N)),
  };
  const z = new Ziggurat(seed);
  for (const w of net.weights) z.fill(w, o.initScale / Math.sqrt(W));
  z.fill(net.input, 1);
  for (const t of net.targets) z.fill(t, o.targetScale);
  return net;
}
