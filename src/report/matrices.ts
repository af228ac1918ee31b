import { type NetworkSpec, parseNetworkFile } from '../io/network-file.js';
import type { MatrixText } from '../io/read-matrix.js';

/** One matrix of a network, typeset: `tex` is "W_{1} = \begin{bmatrix}…\end{bmatrix}". */
export interface TexMatrix {
  readonly name: string;
  readonly tex: string;
}

/** A bmatrix of the decimal texts, rows split by \\ and entries by &. */
export function bmatrix(m: MatrixText): string {
  return `\\begin{bmatrix} ${m.rows.map((r) => r.join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

/** The weights W_i, the input x and the targets s_i*, in that order. */
export function networkMatrices(spec: NetworkSpec): TexMatrix[] {
  const named = (name: string, texName: string, m: MatrixText): TexMatrix => ({ name, tex: `${texName} = ${bmatrix(m)}` });
  return [
    ...spec.weights.map((w, i) => named(`W${i + 1}`, `W_{${i + 1}}`, w)),
    named('x', 'x', spec.input),
    ...spec.targets.map((t, i) => named(`s${i + 1}*`, `s_{${i + 1}}^{*}`, t)),
  ];
}

/** Reads a saved counterexample (a network file) and typesets it; InputError if it is not one. */
export function counterexampleMatrices(text: string): { activation: string; matrices: TexMatrix[] } {
  const spec = parseNetworkFile(text);
  return { activation: spec.activation, matrices: networkMatrices(spec) };
}
