import fc from 'fast-check';
import type { MatrixText } from '../../src/io/read-matrix.js';
import { decimalEntry, toDecimalText } from './decimal-entry.js';
import { networkWithShape, type Sample, sampleOf } from './network-spec.js';

export interface AutoencoderNetConstraints {
  /**
   * Shapes [n₀, n₁, n₂] with n₂ ≥ n₁ (W₂ can then be near an isometry), smallest first.
   * @defaultValue AUTOENCODER_SHAPES
   */
  shapes?: readonly (readonly [number, number, number])[];
  /** Largest |noise| added to each entry of W₂ = [I; 0]. @defaultValue 0.2 */
  noise?: number;
}

export const AUTOENCODER_SHAPES: readonly (readonly [number, number, number])[] = [
  [1, 1, 1], [1, 1, 2], [2, 2, 2], [2, 2, 3], [3, 2, 2], [2, 3, 4], [3, 3, 3], [1, 2, 3],
];

/**
 * Two-layer linear nets, one sample, whose second layer nearly autoencodes:
 * W₂ = [I; 0] + E with |E_ab| ≤ noise in steps of 0.01, so W₂ᵀW₂ ≈ I and
 * s₁w₂w₂ᵀ ≈ s₁. Other entries as decimalEntry({ places: 2, maxAbs: 10 }).
 * One arbitrary per shape, smallest first.
 */
export function autoencoderNets(constraints: AutoencoderNetConstraints = {}): fc.Arbitrary<Sample>[] {
  const steps = Math.round((constraints.noise ?? 0.2) * 100);
  const noise = fc.integer({ min: -steps, max: steps });
  return (constraints.shapes ?? AUTOENCODER_SHAPES).map(([n0, n1, n2]) =>
    fc
      .tuple(
        networkWithShape({ activation: 'linear', widths: [n0, n1, n2], batch: 0 }, decimalEntry({ places: 2, maxAbs: 10 })),
        fc.array(fc.array(noise, { minLength: n1, maxLength: n1 }), { minLength: n2, maxLength: n2 }),
      )
      .map(([spec, E]) => {
        const W2: MatrixText = { rows: E.map((row, a) => row.map((e, b) => toDecimalText(e + (a === b ? 100 : 0), 2))), vector: false };
        return sampleOf({ ...spec, weights: [spec.weights[0]!, W2] });
      }),
  );
}
