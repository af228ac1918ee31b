/**
 * C2 gradient_eq_chain_rule_product: local = ∂l_i/∂s_i·∂s_i/∂φ_i, distant = ∂l_j/∂s_j·∂s_j/∂s_i·∂s_i/∂φ_i.
 *
 * Claim:      every G_ij from the backward sweep equals the product of explicit Jacobian
 *             matrices the note writes (support/jacobians.ts), sample by sample.
 * Hypotheses: linear nets (polynomial identity: Schwartz–Zippel with a computed degree); ReLU
 *             nets (Jacobians with h′(0) = 0; certified through the lifted polynomials). Exact.
 * Source:     the note's first display equation, right-hand form.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C2-gradient_eq_chain_rule_product.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { allPairGradients } from '../src/network/gradients.js';
import { DEEP_NETS } from './arbitraries/net-shapes.js';
import { chainRuleGradientOn } from './support/jacobians.js';
import { testClaim } from './support/test-claim.js';

const gradientEqChainRule = <M, S>({ alg, net, equal }: Kit<M, S>): void => {
  // Act
  const all = allPairGradients(alg, net);
  // Assert
  for (const p of all.pairs) equal(`G_${p.layer}${p.loss} vs Jacobian product`, p.gradient, chainRuleGradientOn(alg, net, p.layer, p.loss));
};

export const claim = defineClaim(import.meta.url, {
  statement: 'local = ∂l_i/∂s_i·∂s_i/∂φ_i and distant = ∂l_j/∂s_j·∂s_j/∂s_i·∂s_i/∂φ_i (chain-rule factorisation)',
  hypotheses: 'linear and ReLU nets',
  source: 'first display equation, right-hand side',
  formal: {
    file: 'proofs/formal/DeepBatch.v', theorem: 'grad_loss_eq_sum_jacobian_products',
    scope: 'any depth, any widths and batch, any fixed masks D_k (linear: D_k = 1; ReLU: its 0/1 masks), over any commutative ring',
    statement: String.raw`forall (R : comRingType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m)) (D : forall k, 'M[R]_(n k, m)) (W : forall k, 'M[R]_(n k, n k.-1)) (t : forall k, 'M[R]_(n k, m)) (i j : nat), grad_loss x D W t i j = \sum_(c < m) diag_mx (col c (D i))^T *m (chain (jac_factor (fun k => col c (D k)) W) i j)^T *m (2%:R *: (col c (fwd x D W j) - col c (t j))) *m (col c (fwd x D W i.-1))^T`,
  },
  checks: [
    forAll({ label: 'linear nets', nets: DEEP_NETS, claim: gradientEqChainRule, numRuns: 60 }),
    forAll({ label: 'ReLU nets', nets: { ...DEEP_NETS, activation: 'relu' }, claim: gradientEqChainRule, numRuns: 60 }),
  ],
});

await testClaim(claim);
