/**
 * C1 global_eq_local_add_distant: ∂L/∂W_i = ∂l_i/∂W_i + Σ_{j>i} ∂l_j/∂W_i.
 *
 * Claim:      for every layer i of a net of any depth, the gradient of L = Σ_j l_j is the
 *             local gradient plus every distant gradient.
 * Hypotheses: linear nets (a polynomial identity: Schwartz–Zippel with a computed degree);
 *             ReLU nets (the identity of the lifted polynomials h(z) = d·z, h′ = d). Exact.
 * Source:     the note's first display equation, "global = local + Σ_{j>i} distant".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C1-global_eq_local_add_distant.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { allPairGradients, globalFromPairs, globalGradients } from '../src/network/gradients.js';
import { DEEP_NETS } from './arbitraries/net-shapes.js';
import { testClaim } from './support/test-claim.js';

const globalEqLocalAddDistant = <M, S>({ alg, net, equal }: Kit<M, S>): void => {
  // Arrange
  const all = allPairGradients(alg, net);
  // Act: ∂L/∂W_i by one sweep of the total loss, independent of the per-loss sweeps
  const global = globalGradients(alg, net);
  // Assert
  global.forEach((g, k) => equal(`∂L/∂W_${k + 1} vs local + Σ distant`, g, globalFromPairs(alg, all, k + 1)));
};

export const claim = defineClaim(import.meta.url, {
  statement: '∂L/∂W_i = ∂l_i/∂W_i + Σ_{j>i} ∂l_j/∂W_i for every layer i, any depth',
  hypotheses: 'linear and ReLU nets',
  source: 'first display equation: global = local + Σ distant',
  formal: {
    file: 'proofs/formal/DeepSplit.v', theorem: 'global_grad_eq_local_add_distant',
    scope: 'any depth L, any widths and batch, any fixed masks D_k (linear: D_k = 1; ReLU: its 0/1 masks), over any commutative ring',
    statement: String.raw`forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)) (t : forall k, 'M[R]_(n k, m)) (L i : nat), (1 <= i <= L)%N -> grad_total x D W t L i = grad_loss x D W t i i + \sum_(i.+1 <= j < L.+1) grad_loss x D W t i j`,
  },
  uses: ['C2'],
  checks: [
    forAll({ label: 'linear nets', nets: DEEP_NETS, claim: globalEqLocalAddDistant, numRuns: 120 }),
    forAll({ label: 'ReLU nets', nets: { ...DEEP_NETS, activation: 'relu' }, claim: globalEqLocalAddDistant, numRuns: 120 }),
  ],
});

await testClaim(claim);
