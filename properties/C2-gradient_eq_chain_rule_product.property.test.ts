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
  statement: String.raw`$\text{local} = \frac{\partial l_i}{\partial s_i}\frac{\partial s_i}{\partial \phi_i}$ and $\text{distant} = \frac{\partial l_j}{\partial s_j}\frac{\partial s_j}{\partial s_i}\frac{\partial s_i}{\partial \phi_i}$ (the chain rule's factorisation)`,
  hypotheses: 'linear and ReLU nets',
  source: '"For a given layer’s parameters … the loss-gradient is the sum of" local and distant components: the display it introduces, right-hand side',
  checks: [
    forAll({ label: 'linear nets', nets: DEEP_NETS, claim: gradientEqChainRule, numRuns: 60 }),
    forAll({ label: 'ReLU nets', nets: { ...DEEP_NETS, activation: 'relu' }, claim: gradientEqChainRule, numRuns: 60 }),
  ],
});

await testClaim(claim);
