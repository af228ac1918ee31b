import type { Field } from '../../src/algebra/field.js';
import type { NetworkSpec } from '../../src/io/network-file.js';
import { type Dual, dualOps } from './dual.js';

/** G_ij, internal_ij and external_ij as the oracle computes them, rows of W_i's shape. */
export interface ReferencePair<S> {
  layer: number;
  loss: number;
  gradient: S[][];
  internal: S[][];
  external: S[][];
}

/**
 * The independent reference: forward-mode derivatives with dual numbers, by plain
 * scalar loops (not src/network). Seeding every entry of W_i with its own tangent
 * direction, one forward pass gives, for every j ≥ i,
 *   G_ij        = ∂/∂W_i ‖s_j − s_j*‖²,
 *   internal_ij = ∂/∂W_i ‖s_j‖²          (back-propagates 2s_j),
 *   external_ij = ∂/∂W_i 2⟨s_j*, s_j⟩    (back-propagates 2s_j*, the target held fixed).
 * ReLU takes derivative 0 at z = 0, the convention of src/activation.ts.
 */
export function forwardModeReference<S>(F: Field<S>, spec: NetworkSpec): ReferencePair<S>[] {
  const L = spec.weights.length;
  const out: ReferencePair<S>[] = [];
  for (let i = 1; i <= L; i++) out.push(...referenceForLayer(F, spec, i));
  return out.sort((a, b) => a.layer - b.layer || a.loss - b.loss);
}

function referenceForLayer<S>(F: Field<S>, spec: NetworkSpec, i: number): ReferencePair<S>[] {
  const Wi = spec.weights[i - 1]!.rows;
  const cols = Wi[0]!.length;
  const m = Wi.length * cols;
  const D = dualOps(F, m);
  const seeded = (text: string, k: number): Dual<S> => ({ v: F.parse(text), t: D.constant(F.zero).t.map((z, q) => (q === k ? F.one : z)) });
  const h = activationDual(F, spec.activation, D);
  let s: Dual<S>[][] = spec.input.rows.map((row) => row.map((x) => D.constant(F.parse(x))));
  const out: ReferencePair<S>[] = [];
  for (let k = 1; k <= spec.weights.length; k++) {
    const W = spec.weights[k - 1]!.rows.map((row, r) =>
      row.map((x, c) => (k === i ? seeded(x, r * cols + c) : D.constant(F.parse(x)))),
    );
    s = W.map((row) => s[0]!.map((_, n) => h(row.reduce((acc, w, q) => D.add(acc, D.mul(w, s[q]![n]!)), D.constant(F.zero)))));
    if (k < i) continue;
    const target = spec.targets[k - 1]!.rows.map((row) => row.map((x) => D.constant(F.parse(x))));
    let l = D.constant(F.zero);
    let inner = D.constant(F.zero);
    let outer = D.constant(F.zero);
    s.forEach((row, r) =>
      row.forEach((sv, n) => {
        const t = target[r]![n]!;
        const e = D.sub(sv, t);
        l = D.add(l, D.mul(e, e));
        inner = D.add(inner, D.mul(sv, sv));
        outer = D.add(outer, D.add(D.mul(t, sv), D.mul(t, sv)));
      }),
    );
    const shape = (d: Dual<S>): S[][] => Wi.map((row, r) => row.map((_, c) => d.t[r * cols + c]!));
    out.push({ layer: i, loss: k, gradient: shape(l), internal: shape(inner), external: shape(outer) });
  }
  return out;
}

/** h on duals: linear z; relu [z > 0]·z; tanh with (tanh z)′ = 1 − tanh² z. */
function activationDual<S>(F: Field<S>, name: string, D: ReturnType<typeof dualOps<S>>): (z: Dual<S>) => Dual<S> {
  switch (name) {
    case 'linear':
      return (z) => z;
    case 'relu':
      return (z) => (F.isPositive(z.v) ? z : D.constant(F.zero));
    case 'tanh':
      return (z) => {
        const th = F.tanh!(z.v);
        return D.chain(z, th, F.sub(F.one, F.mul(th, th)));
      };
    default:
      throw new Error(`oracle: unknown activation ${name}`);
  }
}
