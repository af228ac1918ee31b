/**
 * C10 aligned_terms_imply_positive_dot: local·distant = (in_i·in_j + ex_i·ex_j) − (in_i·ex_j + ex_i·in_j);
 * so internals aligned, externals aligned and cross terms anti-aligned give local·distant ≥ 0.
 *
 * Claim:      the note's corollary, made precise for every pair i < j of a net of any
 *             depth: local·distant increases with in·in and ex·ex and decreases with
 *             the cross terms (coefficients +1, +1, −1, −1), and is ≥ 0 when all four
 *             have the favourable sign.
 * Hypotheses: linear and ReLU nets of depth 2–4, any pair i < j (polynomial identity; ReLU
 *             through the lifted polynomials). The sign corollary follows from the identity.
 * Source:     "So alignment is strongest when both internal terms aligned …".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C10-aligned_terms_imply_positive_dot.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { allPairGradients } from '../src/network/gradients.js';
import { DEEP_NETS } from './arbitraries/net-shapes.js';
import { expansionOf } from './support/expansion.js';
import { pairsBelow } from './support/pairs.js';
import { testClaim } from './support/test-claim.js';

const localDotDistantExpands = <M, S>({ alg, net, equalScalar }: Kit<M, S>): void => {
  // Arrange
  const all = allPairGradients(alg, net);
  for (const [i, j] of pairsBelow(all.depth)) {
    const [local, distant] = [all.pair(i, i), all.pair(i, j)];
    // Act
    const product = alg.dot(local.gradient, distant.gradient);
    // Assert (favourable signs of the four terms then make every term ≥ 0: the proof)
    equalScalar(`local·distant vs the expansion at (${i}, ${j})`, product, expansionOf(alg, { in1: local.internal, ex1: local.external, in2: distant.internal, ex2: distant.external }));
  }
};

export const claim = defineClaim(import.meta.url, {
  statement: 'local·distant = (in_i·in_j + ex_i·ex_j) − (in_i·ex_j + ex_i·in_j); favourable signs of the four give local·distant ≥ 0',
  hypotheses: 'linear nets, any pair i < j; ReLU nets as a second check',
  source: '"So alignment is strongest when …" (last sentence)',
  uses: ['C2', 'C9r'],
  formal: {
    file: 'proofs/formal/DeepSplit.v', theorem: 'local_dot_distant_eq_aligned_sub_cross',
    scope: 'any depth, every pair i, j, any widths and batch, any fixed masks D_k (linear and ReLU), over any commutative ring',
    statement: String.raw`forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)) (t : forall k, 'M[R]_(n k, m)) (i j : nat), frob (grad_loss x D W t i i) (grad_loss x D W t i j) = (frob (internal x D W i i) (internal x D W i j) + frob (external x D W t i i) (external x D W t i j)) - (frob (internal x D W i i) (external x D W t i j) + frob (external x D W t i i) (internal x D W i j))`,
  },
  checks: [
    forAll({ label: 'linear nets', nets: DEEP_NETS, claim: localDotDistantExpands, numRuns: 120 }),
    forAll({ label: 'ReLU nets', nets: { ...DEEP_NETS, activation: 'relu' }, claim: localDotDistantExpands, numRuns: 60 }),
  ],
});

await testClaim(claim);
