import { POLAR_24, type PolarRule } from './polar-rule.js';

/**
 * Gauss–Hermite quadrature for expectations over Gaussians. With the n roots x_a of the physicists'
 * Hermite polynomial H_n and weights w_a = 2^{n−1} n! √π / (n² H_{n−1}(x_a)²),
 *   E f(u) ≈ Σ_a (w_a/√π) f(√2 x_a),  u ~ N(0, 1),
 * exact for polynomials of degree ≤ 2n − 1. Roots by Newton from the classical initial guesses
 * (Numerical Recipes §4.6), on the normalised recurrence H̃_j = x √(2/j) H̃_{j−1} − √((j−1)/j) H̃_{j−2}.
 */
export interface GaussRule {
  /** Nodes u_a for u ~ N(0, 1), symmetric: u_{n−1−a} = −u_a. */
  readonly nodes: Float64Array;
  /** Weights, summing to 1. */
  readonly weights: Float64Array;
}

export function gaussHermite(n: number): GaussRule {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`gaussHermite: n must be a positive integer, got ${n}`);
  const [x, w] = [new Float64Array(n), new Float64Array(n)];
  let z = 0;
  for (let i = 0; i < (n + 1) >> 1; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** (-1 / 6);
    else if (i === 1) z -= (1.14 * n ** 0.426) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * x[0]!;
    else if (i === 3) z = 1.91 * z - 0.91 * x[1]!;
    else z = 2 * z - x[i - 2]!;
    let slope = 0;
    for (let it = 0; it < 100; it++) {
      let [p1, p2] = [Math.PI ** -0.25, 0];
      for (let j = 1; j <= n; j++) [p1, p2] = [z * Math.sqrt(2 / j) * p1 - Math.sqrt((j - 1) / j) * p2, p1];
      slope = Math.sqrt(2 * n) * p2;
      const step = p1 / slope;
      z -= step;
      if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(z))) break;
    }
    [x[i], x[n - 1 - i]] = [z, -z];
    w[i] = w[n - 1 - i] = 2 / (slope * slope);
  }
  return { nodes: x.map((t) => Math.SQRT2 * t), weights: w.map((t) => t / Math.sqrt(Math.PI)) };
}

/** The rule reproduce's theory uses: 64 nodes (an even count: no node at 0, so ReLU's 1-D moments are exact). */
export const GAUSS_64 = gaussHermite(64);

/** E f(z), z ~ N(0, v). */
export function expectGauss(v: number, f: (z: number) => number, rule: GaussRule = GAUSS_64): number {
  const s = Math.sqrt(v);
  let sum = 0;
  for (let a = 0; a < rule.nodes.length; a++) sum += rule.weights[a]! * f(s * rule.nodes[a]!);
  return sum;
}

/**
 * E f(z, z′), (z, z′) centred Gaussian with variances v, v and correlation c = cos φ, in polar form:
 * z = √v ρ cos θ, z′ = √v ρ cos(θ − φ), ρ²/2 = t ~ Exp(1), θ ~ U[0, 2π). A kink of h at 0 (ReLU) lies on
 * the four rays cos θ = 0 and cos(θ − φ) = 0, so θ is split there into arcs, each integrated by
 * Gauss–Legendre, and t by Gauss–Laguerre: within an arc the integrand is smooth.
 */
export function expectGaussPair(v: number, c: number, f: (z: number, y: number) => number, rule: PolarRule = POLAR_24): number {
  const phi = Math.acos(Math.max(-1, Math.min(1, c)));
  const cuts = [Math.PI / 2, (3 * Math.PI) / 2, phi + Math.PI / 2, phi + (3 * Math.PI) / 2].map((a) => a % (2 * Math.PI)).sort((a, b) => a - b);
  const radii = Array.from(rule.laguerre.nodes, (t) => Math.sqrt(2 * v * t));
  let sum = 0;
  for (let k = 0; k < 4; k++) {
    const [a, b] = [cuts[k]!, k < 3 ? cuts[k + 1]! : cuts[0]! + 2 * Math.PI];
    for (let p = 0; p < rule.legendre.nodes.length; p++) {
      const theta = (a + b) / 2 + ((b - a) / 2) * rule.legendre.nodes[p]!;
      const [ct, cs] = [Math.cos(theta), Math.cos(theta - phi)];
      let radial = 0;
      for (let q = 0; q < radii.length; q++) radial += rule.laguerre.weights[q]! * f(radii[q]! * ct, radii[q]! * cs);
      sum += ((b - a) / (4 * Math.PI)) * rule.legendre.weights[p]! * radial;
    }
  }
  return sum;
}
