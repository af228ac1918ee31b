/**
 * T2 expected_dot_eq_internal_dot: zero-mean targets independent of the net and of each
 * other give E[local_i · distant_ij] = internal_ii · internal_ij.
 *
 * Claim:      external_ij is linear in s_j* and internal_ij does not depend on targets, so
 *             the cross terms and ex·ex vanish in expectation. Checked exactly on the
 *             distribution s_k* ↦ ε_k s_k* with independent signs ε_k = ±1 (zero mean,
 *             independent): the average over all 2^L sign vectors is computed exactly.
 * Hypotheses: any activation with targets entering only through e = 2(s − s*) (linear,
 *             ReLU checked); depths 2–3, any batch. Identities: Schwartz–Zippel, computed degree.
 * Source:     new; makes precise "the targets are just randomly generated points".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/T2-expected_dot_eq_internal_dot.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { allPairGradients } from '../src/network/gradients.js';
import type { Network } from '../src/network/network.js';
import { DEEP_NETS } from './arbitraries/net-shapes.js';
import { pairsBelow } from './support/pairs.js';
import { testClaim } from './support/test-claim.js';

/** The net with target k negated wherever bit k of `signs` is set. */
const flipped = <M, S>({ alg, net, int }: Kit<M, S>, signs: number): Network<M> =>
  ({ ...net, targets: net.targets.map((t, k) => (signs & (1 << k) ? alg.scale(t, int(-1)) : t)) });

const expectedDotEqInternalDot = <M, S>(k: Kit<M, S>): void => {
  // Arrange
  const { alg, net } = k;
  const F = alg.field;
  const L = net.weights.length;
  const all = allPairGradients(alg, net);
  const flips = Array.from({ length: 2 ** L }, (_, signs) => allPairGradients(alg, flipped(k, signs)));
  for (const [i, j] of pairsBelow(L)) {
    // Act: 2^L · E[local·distant] = Σ over the 2^L equally likely sign vectors
    const sum = flips.reduce((acc, f) => F.add(acc, alg.dot(f.pair(i, i).gradient, f.pair(i, j).gradient)), F.zero);
    // Assert
    k.equalScalar(`2^L·E[local·distant] vs 2^L·internal·internal at (${i}, ${j})`, sum, F.mul(k.int(2 ** L), alg.dot(all.pair(i, i).internal, all.pair(i, j).internal)));
  }
};

export const claim = defineClaim(import.meta.url, {
  statement: 'zero-mean targets, independent of the net and across layers: E[local_i · distant_ij] = internal_ii · internal_ij',
  hypotheses: 'targets s_k* ↦ ε_k s_k*, ε_k independent uniform signs; linear and ReLU nets',
  source: 'new (the external terms average out)',
  uses: ['C2'],
  formal: {
    file: 'proofs/formal/DeepSigns.v', theorem: 'sign_sum_local_dot_distant_eq_internal_dot_any_depth',
    scope: 'any depth L, every pair 1 ≤ i < j ≤ L, any widths and batch, any fixed masks D_k (linear and ReLU), the independent uniform signs of every target, over any commutative ring',
    statement: String.raw`forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)) (t : forall k, 'M[R]_(n k, m)) (L i j : nat), (0 < i)%N -> (i < j)%N -> (j <= L)%N -> \sum_(s : {ffun 'I_L -> bool}) frob (grad_loss x D W (fun k => sign_of R s k *: t k) i i) (grad_loss x D W (fun k => sign_of R s k *: t k) i j) = (2 ^ L)%:R * frob (internal x D W i i) (internal x D W i j)`,
  },
  checks: [
    forAll({ label: 'linear nets', nets: { ...DEEP_NETS, depth: [2, 3] }, claim: expectedDotEqInternalDot, numRuns: 48 }),
    forAll({ label: 'ReLU nets', nets: { ...DEEP_NETS, depth: [2, 3], activation: 'relu' }, claim: expectedDotEqInternalDot, numRuns: 24 }),
  ],
});

await testClaim(claim);
