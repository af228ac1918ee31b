import { forward } from '../../src/network/forward.js';
import type { Network } from '../../src/network/network.js';
import { exact, type ExactMatrix, F } from './exact-net.js';

/** diag(v) for a column v. */
const diag = (v: ExactMatrix): ExactMatrix =>
  exact.fromRows(v.data.map((_, a) => v.data.map((row, b) => (a === b ? row[0]! : F.zero))));
const column = (m: ExactMatrix, n: number): ExactMatrix => exact.fromRows(m.data.map((r) => [r[n]!]));

/**
 * The back-propagated error δ_i^(j) = (∂l_j/∂z_i)ᵀ for sample n, by the chain rule
 * written out as explicit Jacobian matrices (no backward sweep):
 *   ∂l_j/∂s_j = 2(s_j − s_j*)ᵀ,  ∂s_j/∂s_i = D_j W_j ⋯ D_{i+1} W_{i+1},  ∂s_i/∂z_i = D_i,
 * D_k = diag h′(z_k). Returned as a column.
 */
export function errorAt(net: Network<ExactMatrix>, i: number, j: number, n: number): ExactMatrix {
  const fw = forward(exact, net);
  const D = (k: number) => diag(column(fw.hPrime[k - 1]!, n));
  let jacobian = D(j); // ∂s_j/∂z_j
  for (let k = j; k > i; k--) jacobian = exact.matmul(exact.matmul(jacobian, net.weights[k - 1]!), D(k - 1));
  const dlds = exact.scale(exact.sub(column(fw.s[j]!, n), column(net.targets[j - 1]!, n)), F.add(F.one, F.one));
  return exact.matmul(exact.transpose(jacobian), dlds);
}

/**
 * G_ij by the chain rule of the note, ∂l_j/∂s_j · ∂s_j/∂s_i · ∂s_i/∂W_i, with
 * (∂s_i/∂W_i)[a, (b, c)] = [a = b]·h′(z_i)_a·s_{i−1,c}: so G_ij[b][c] = Σ_n δ_i^(j)[b]·s_{i−1}[c].
 */
export function chainRuleGradient(net: Network<ExactMatrix>, i: number, j: number): ExactMatrix {
  const fw = forward(exact, net);
  const samples = exact.cols(net.input);
  let sum: ExactMatrix | undefined;
  for (let n = 0; n < samples; n++) {
    const outer = exact.matmul(errorAt(net, i, j, n), exact.transpose(column(fw.s[i - 1]!, n)));
    sum = sum === undefined ? outer : exact.add(sum, outer);
  }
  return sum!;
}
