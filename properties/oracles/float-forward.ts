import type { NetworkSpec } from '../../src/io/network-file.js';

const H: Record<string, (z: number) => number> = { linear: (z) => z, relu: (z) => Math.max(z, 0), tanh: Math.tanh };

/** Plain float loops: z_k = W_k s_{k−1}, s_k = h(z_k); returns every z_k and l_k. */
export function floatForward(spec: NetworkSpec, weights: number[][][] = numbers(spec.weights.map((w) => w.rows))) {
  const h = H[spec.activation]!;
  let s = numbers([spec.input.rows])[0]!;
  const z: number[][][] = [];
  const losses: number[] = [];
  weights.forEach((W, k) => {
    const zk = W.map((row) => s[0]!.map((_, n) => row.reduce((acc, w, q) => acc + w * s[q]![n]!, 0)));
    z.push(zk);
    s = zk.map((row) => row.map(h));
    const t = numbers([spec.targets[k]!.rows])[0]!;
    losses.push(s.reduce((acc, row, r) => acc + row.reduce((a, v, n) => a + (v - t[r]![n]!) ** 2, 0), 0));
  });
  return { z, losses };
}

export const numbers = (ms: string[][][]): number[][][] => ms.map((m) => m.map((r) => r.map(Number)));

/** The same network with every entry replaced by its absolute value and h by the identity. */
export function absoluteSpec(spec: NetworkSpec): NetworkSpec {
  const abs = (m: { rows: string[][]; vector: boolean }) => ({ ...m, rows: m.rows.map((r) => r.map((x) => x.replace(/^-/, ''))) });
  return { activation: 'linear', weights: spec.weights.map(abs), input: abs(spec.input), targets: spec.targets.map(abs) };
}

/**
 * Rounding steps along the longest chain of a gradient entry: L forward and L
 * backward matrix products of inner length ≤ width, the error, h and h′.
 * A float result then differs from the exact one by at most γ_N·A (Higham, Accuracy
 * and Stability of Numerical Algorithms, §3.5), A the same computation on the
 * absolute network (|h(z)| ≤ |z|, |h′| ≤ 1 for linear, ReLU and tanh).
 */
export function roundingSteps(spec: NetworkSpec): number {
  const widths = [spec.input.rows.length, ...spec.weights.map((w) => w.rows.length), spec.input.rows[0]!.length];
  return 2 * spec.weights.length * (Math.max(...widths) + 4) + 8;
}

/** γ_N = N·u / (1 − N·u), u = 2^−53 */
export const gamma = (n: number): number => (n * 2 ** -53) / (1 - n * 2 ** -53);
