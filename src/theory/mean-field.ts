import { activation } from '../activation.js';
import { floatField } from '../algebra/float-field.js';
import { expectGauss, expectGaussPair } from './gauss-hermite.js';
import { type LayerMoments, pairCosines, type PairLayout, tableGapCurve } from './pair-moments.js';
import type { TheorySetup } from './setup.js';

/** h and h′ as float functions (src/activation.ts, over the float field). */
export function unitFunctions(name: TheorySetup['activation']): { h: (z: number) => number; dh: (z: number) => number } {
  const act = activation(name);
  return { h: (z) => act.value(floatField, z), dh: (z) => act.derivative(floatField, z) };
}

/**
 * The wide limit W → ∞ (proofs/T10, T11): every unit average is its expectation. Two samples stand for
 * the batch (all samples are exchangeable): the length map and the correlation map
 *   q_m = E h(z)², κ_m = E h(z) h(z′),  (z, z′) ~ N(0, g² [[q_{m−1}, κ_{m−1}], [κ_{m−1}, q_{m−1}]]),
 * from q₀ = 1, κ₀ = 0 (x ~ N(0, I), independent columns), and at each layer P, D and μ̂ = E[z h h′]/v the
 * same way, all by Gauss–Hermite quadrature (gauss-hermite.ts). Entry 0 is the diagonal pair, 1 the off-diagonal.
 */
/**
 * Deliberate slips, for the tests only (they must be refuted): 'jacobian-gain' puts the Jacobian's
 * E h′² where E (hh′)′ belongs; 'uncorrelated' drops the correlation map (κ_m = 0).
 */
export type MeanFieldSlip = 'jacobian-gain' | 'uncorrelated';

export function meanFieldLayers(s: Pick<TheorySetup, 'depth' | 'activation' | 'initScale'>, slip?: MeanFieldSlip): LayerMoments[] {
  const { h, dh } = unitFunctions(s.activation);
  const g2 = s.initScale ** 2;
  const layers: LayerMoments[] = [{ K: Float64Array.of(1, 0), P: new Float64Array(2), D: new Float64Array(2), mu: new Float64Array(2), dof: Infinity }];
  for (let m = 1; m <= s.depth; m++) {
    const [q, kappa] = layers[m - 1]!.K as unknown as [number, number];
    const v = g2 * q;
    const c = q > 0 ? kappa / q : 0;
    const both = (f: (z: number) => number): Float64Array => Float64Array.of(expectGauss(v, (z) => f(z) ** 2), expectGaussPair(v, c, (z, y) => f(z) * f(y)));
    const stein = slip === 'jacobian-gain' ? expectGauss(v, (z) => dh(z) ** 2) : v > 0 ? expectGauss(v, (z) => z * h(z) * dh(z)) / v : 0;
    const K = both(h);
    if (slip === 'uncorrelated') K[1] = 0;
    layers.push({ K, P: both((z) => h(z) * dh(z)), D: both(dh), mu: Float64Array.of(stein, stein), dof: Infinity });
  }
  return layers;
}

/** The two-sample layout standing for a batch of N in the wide limit: weights N (diagonal) and N(N − 1). */
export const meanFieldLayout = (N: number): PairLayout =>
  ({ samples: 2, a: Int32Array.of(0, 0), b: Int32Array.of(0, 1), weight: Float64Array.of(N, N * (N - 1)) });

/** cos∞(i, i + k) averaged over i at each gap: the wide-limit curve for any h and batch. */
export function meanFieldGapCurve(s: TheorySetup, slip?: MeanFieldSlip): number[] {
  const cos = new Float64Array((s.depth + 1) ** 2);
  pairCosines(meanFieldLayers(s, slip), meanFieldLayout(s.batch), s.initScale, s.targetScale, cos);
  return tableGapCurve(s.depth, cos);
}
