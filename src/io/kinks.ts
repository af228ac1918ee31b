import type { NetworkSpec } from './network-file.js';

/** A ReLU pre-activation whose float sign cannot be trusted: |ẑ| ≤ its rounding-error bound. */
export interface Kink {
  /** 1-based layer i, unit r and sample c of z_i[r][c]. */
  readonly layer: number;
  readonly unit: number;
  readonly sample: number;
  readonly preactivation: number;
  readonly roundingBound: number;
}

const u = 2 ** -53;
const gamma = (n: number) => (n * u) / (1 - n * u);

/**
 * ReLU pre-activations within rounding distance of the kink in float64. With e_i a bound
 * on |ŝ_i − s_i| (e_0 = u|x̂|, from reading the decimals), Higham's bound for a dot
 * product of n terms with inputs rounded once gives
 *   |ẑ_i − z_i| ≤ |Ŵ_i| e_{i−1} + γ_{n+1} |Ŵ_i| |ŝ_{i−1}| =: b_i,   e_i = b_i
 * (ReLU and the identity are 1-Lipschitz). A unit with |ẑ| ≤ b may sit on either side of
 * the kink, so the float gradient may differ from the exact one there. Empty for linear, tanh.
 */
export function floatKinks(spec: NetworkSpec): Kink[] {
  if (spec.activation !== 'relu') return [];
  const rows = (m: { rows: string[][] }) => m.rows.map((r) => r.map(Number));
  let s = rows(spec.input);
  let e = s.map((r) => r.map((v) => u * Math.abs(v)));
  const kinks: Kink[] = [];
  spec.weights.forEach((wText, k) => {
    const W = rows(wText);
    const n = W[0]!.length;
    const z = W.map((w) => s[0]!.map((_, c) => w.reduce((acc, wk, p) => acc + wk * s[p]![c]!, 0)));
    const b = W.map((w) => s[0]!.map((_, c) => (1 + 8 * u) * w.reduce((acc, wk, p) => acc + Math.abs(wk) * (e[p]![c]! + gamma(n + 1) * Math.abs(s[p]![c]!)), 0)));
    z.forEach((zr, r) => zr.forEach((v, c) => {
      if (Math.abs(v) <= b[r]![c]! && b[r]![c]! > 0) kinks.push({ layer: k + 1, unit: r + 1, sample: c + 1, preactivation: v, roundingBound: Math.min(b[r]![c]!, Number.MAX_VALUE) });
    }));
    s = z.map((zr) => zr.map((v) => Math.max(v, 0)));
    e = b;
  });
  return kinks;
}
