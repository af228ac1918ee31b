import type { Algebra } from '../../src/algebra/algebra.js';
import { forward } from '../../src/network/forward.js';
import type { Network } from '../../src/network/network.js';
import { exact, type ExactMatrix } from './exact-net.js';

/** diag(v) for a column v. */
const diag = <M, S>(alg: Algebra<M, S>, v: M): M => {
  const rows = alg.toRows(v);
  return alg.fromRows(rows.map((_, a) => rows.map((row, b) => (a === b ? row[0]! : alg.field.zero))));
};
const column = <M, S>(alg: Algebra<M, S>, m: M, n: number): M => alg.fromRows(alg.toRows(m).map((r) => [r[n]!]));

/**
 * The back-propagated error δ_i^(j) = (∂l_j/∂z_i)ᵀ for sample n, by the chain rule
 * written out as explicit Jacobian matrices (no backward sweep):
 *   ∂l_j/∂s_j = 2(s_j − s_j*)ᵀ,  ∂s_j/∂s_i = D_j W_j ⋯ D_{i+1} W_{i+1},  ∂s_i/∂z_i = D_i,
 * D_k = diag h′(z_k). Returned as a column.
 */
export function errorAtOn<M, S>(alg: Algebra<M, S>, net: Network<M>, i: number, j: number, n: number): M {
  const fw = forward(alg, net);
  const D = (k: number) => diag(alg, column(alg, fw.hPrime[k - 1]!, n));
  let jacobian = D(j); // ∂s_j/∂z_j
  for (let k = j; k > i; k--) jacobian = alg.matmul(alg.matmul(jacobian, net.weights[k - 1]!), D(k - 1));
  const F = alg.field;
  const dlds = alg.scale(alg.sub(column(alg, fw.s[j]!, n), column(alg, net.targets[j - 1]!, n)), F.add(F.one, F.one));
  return alg.matmul(alg.transpose(jacobian), dlds);
}

/**
 * G_ij by the chain rule of the note, ∂l_j/∂s_j · ∂s_j/∂s_i · ∂s_i/∂W_i, with
 * (∂s_i/∂W_i)[a, (b, c)] = [a = b]·h′(z_i)_a·s_{i−1,c}: so G_ij[b][c] = Σ_n δ_i^(j)[b]·s_{i−1}[c].
 */
export function chainRuleGradientOn<M, S>(alg: Algebra<M, S>, net: Network<M>, i: number, j: number): M {
  const fw = forward(alg, net);
  const samples = alg.cols(net.input);
  let sum: M | undefined;
  for (let n = 0; n < samples; n++) {
    const outer = alg.matmul(errorAtOn(alg, net, i, j, n), alg.transpose(column(alg, fw.s[i - 1]!, n)));
    sum = sum === undefined ? outer : alg.add(sum, outer);
  }
  return sum!;
}

/** δ_i^(j) for sample n, exact. */
export const errorAt = (net: Network<ExactMatrix>, i: number, j: number, n: number): ExactMatrix => errorAtOn(exact, net, i, j, n);
/** G_ij by the chain rule, exact. */
export const chainRuleGradient = (net: Network<ExactMatrix>, i: number, j: number): ExactMatrix => chainRuleGradientOn(exact, net, i, j);
