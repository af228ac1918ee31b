import type { Activation } from '../activation.js';
import type { Field } from '../algebra/field.js';

/**
 * ReLU lifted to a polynomial: unit u has h(z_u) = d_u·z_u and h′(z_u) = d_u with d_u a free
 * variable. At d_u = [z_u > 0] this is ReLU exactly (h′(0) = 0), so an identity of the lifted
 * polynomials in (entries, d) holds for ReLU nets. The pattern is consumed cyclically, value and
 * derivative each in the order forward() visits the units (layer by layer, entry by entry), so
 * every forward pass over the same shape sees the same d.
 */
export function liftedRelu<S>(pattern: readonly S[]): Activation {
  let [v, dv] = [0, 0];
  const next = (k: number) => pattern[k % pattern.length]!;
  return {
    name: 'relu',
    floatOnly: false,
    value: <T>(F: Field<T>, z: T): T => F.mul(next(v++) as unknown as T, z),
    derivative: <T>(): T => next(dv++) as unknown as T,
  };
}

/** Units of a shape: Σ_{i ≥ 1} width_i · samples, the length of a lifted pattern. */
export const unitCount = (widths: readonly number[], batch: number): number =>
  widths.slice(1).reduce((a, w) => a + w, 0) * Math.max(batch, 1);
