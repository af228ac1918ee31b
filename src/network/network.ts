import type { Activation } from '../activation.js';

/**
 * s_i = h(W_i s_{i−1}), s_0 = x, with layerwise targets s_i* and losses
 * l_i = ‖s_i − s_i*‖²_F (summed over the batch: columns are samples).
 */
export interface Network<M> {
  readonly activation: Activation;
  /** W_1 … W_L; W_i is width_i × width_{i−1}. */
  readonly weights: readonly M[];
  /** x: width_0 × n. */
  readonly input: M;
  /** s_1* … s_L*; s_i* is width_i × n. */
  readonly targets: readonly M[];
}

export const depth = (net: Network<unknown>): number => net.weights.length;
