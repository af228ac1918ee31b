/**
 * The two 1-D rules behind expectGaussPair (gauss-hermite.ts), by Newton on the three-term recurrences
 * (Numerical Recipes §4.6):
 *   Gauss–Legendre on [−1, 1]: P_j = ((2j − 1) x P_{j−1} − (j − 1) P_{j−2})/j, w = 2/((1 − x²) P_n′(x)²);
 *   Gauss–Laguerre on [0, ∞) with weight e^{−t}: L_j = ((2j − 1 − t) L_{j−1} − (j − 1) L_{j−2})/j,
 *   w = −1/(n L_n′(t) L_{n−1}(t)).
 * Both are exact for polynomials of degree ≤ 2n − 1 (against their weight).
 */
export interface Rule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

export interface PolarRule {
  /** Angles within an arc. */
  readonly legendre: Rule;
  /** t = ρ²/2 ~ Exp(1). */
  readonly laguerre: Rule;
}

export function gaussLegendre(n: number): Rule {
  const [x, w] = [new Float64Array(n), new Float64Array(n)];
  for (let i = 0; i < (n + 1) >> 1; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let slope = 1;
    for (let it = 0; it < 100; it++) {
      let [p1, p2] = [1, 0];
      for (let j = 1; j <= n; j++) [p1, p2] = [((2 * j - 1) * z * p1 - (j - 1) * p2) / j, p1];
      slope = (n * (z * p1 - p2)) / (z * z - 1);
      const step = p1 / slope;
      z -= step;
      if (Math.abs(step) < 1e-15) break;
    }
    [x[i], x[n - 1 - i]] = [-z, z];
    w[i] = w[n - 1 - i] = 2 / ((1 - z * z) * slope * slope);
  }
  return { nodes: x, weights: w };
}

export function gaussLaguerre(n: number): Rule {
  const [x, w] = [new Float64Array(n), new Float64Array(n)];
  let z = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0) z = 3 / (1 + 2.4 * n);
    else if (i === 1) z += 15 / (1 + 2.5 * n);
    else z += ((1 + 2.55 * (i - 1)) / (1.9 * (i - 1))) * (z - x[i - 2]!);
    let [slope, prev] = [1, 0];
    for (let it = 0; it < 100; it++) {
      let [p1, p2] = [1, 0];
      for (let j = 1; j <= n; j++) [p1, p2] = [((2 * j - 1 - z) * p1 - (j - 1) * p2) / j, p1];
      slope = (n * (p1 - p2)) / z;
      prev = p2;
      const step = p1 / slope;
      z -= step;
      if (Math.abs(step) < 1e-15 * Math.max(1, z)) break;
    }
    x[i] = z;
    w[i] = -1 / (slope * n * prev);
  }
  return { nodes: x, weights: w };
}

/** 24 Legendre nodes per arc, 24 Laguerre nodes: 2304 points per pair expectation. */
export const POLAR_24: PolarRule = { legendre: gaussLegendre(24), laguerre: gaussLaguerre(24) };
