import { type Field, selectPositive } from './algebra/field.js';

export type ActivationName = 'linear' | 'relu' | 'tanh';
export const ACTIVATIONS: readonly ActivationName[] = ['linear', 'relu', 'tanh'];

/** An elementwise nonlinearity h with its derivative h′ written beside it. */
export interface Activation {
  readonly name: ActivationName;
  /** Needs an operation (tanh) that exact decimals cannot represent. */
  readonly floatOnly: boolean;
  value<S>(F: Field<S>, z: S): S;
  derivative<S>(F: Field<S>, z: S): S;
}

/** h(z) = z, h′(z) = 1 */
const linear: Activation = {
  name: 'linear',
  floatOnly: false,
  value: (_F, z) => z,
  derivative: (F) => F.one,
};

/** h(z) = max(z, 0), h′(z) = [z > 0] (the subgradient 0 is taken at the kink z = 0). */
const relu: Activation = {
  name: 'relu',
  floatOnly: false,
  value: (F, z) => selectPositive(F, z, z, F.zero),
  derivative: (F, z) => selectPositive(F, z, F.one, F.zero),
};

/** h(z) = tanh z, h′(z) = 1 − tanh² z */
const tanh: Activation = {
  name: 'tanh',
  floatOnly: true,
  value: (F, z) => requireTanh(F)(z),
  derivative: (F, z) => {
    const t = requireTanh(F)(z);
    return F.sub(F.one, F.mul(t, t));
  },
};

function requireTanh<S>(F: Field<S>): (z: S) => S {
  if (!F.tanh) throw new Error(`tanh is not available on the ${F.kind} backend`);
  return F.tanh;
}

const BY_NAME: Record<ActivationName, Activation> = { linear, relu, tanh };

export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === 'string' && (ACTIVATIONS as readonly string[]).includes(name);
}

export function activation(name: ActivationName): Activation {
  return BY_NAME[name];
}
