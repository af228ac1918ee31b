/**
 * Exact samplers for the scalar laws of src/theory/scalar-chain.ts, from one uniform source:
 * χ²_d = 2·Gamma(d/2) by Marsaglia–Tsang (Gamma(a), a < 1, as Gamma(a + 1)·U^{1/a}), and
 * Binomial(n, ½) as a count of fair coins.
 */
export interface ScalarSampler {
  readonly normal: () => number;
  /** χ² with d degrees of freedom; 0 when d ≤ 0. */
  readonly chiSquare: (d: number) => number;
  readonly binomialHalf: (n: number) => number;
}

export function scalarSampler(uniform: () => number, normal: () => number): ScalarSampler {
  const gamma = (a: number): number => {
    if (a < 1) return gamma(a + 1) * Math.pow(1 - uniform(), 1 / a);
    const d = a - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const v = (1 + c * z) ** 3;
      if (v <= 0) continue;
      const u = 1 - uniform();
      if (u < 1 - 0.0331 * z ** 4 || Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const chiSquare = (d: number): number => (d <= 0 ? 0 : 2 * gamma(d / 2));
  const binomialHalf = (n: number): number => {
    let k = 0;
    for (let t = 0; t < n; t++) if (uniform() < 0.5) k++;
    return k;
  };
  return { normal, chiSquare, binomialHalf };
}
