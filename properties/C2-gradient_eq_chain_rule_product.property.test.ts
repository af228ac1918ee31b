/**
 * C2 gradient_eq_chain_rule_product: local = ∂l_i/∂s_i·∂s_i/∂φ_i, distant = ∂l_j/∂s_j·∂s_j/∂s_i·∂s_i/∂φ_i.
 *
 * Claim:      every G_ij from the backward sweep equals the product of explicit Jacobian
 *             matrices the note writes (support/jacobians.ts), sample by sample.
 * Hypotheses: linear nets (polynomial identity: Schwartz–Zippel bound); ReLU nets as a
 *             second check (Jacobians taken with h′(0) = 0). Exact arithmetic.
 * Source:     the note's first display equation, right-hand form.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/C2-gradient_eq_chain_rule_product.md
 */
import { defineClaim, identity } from '../src/claims/define.js';

import { allPairGradients } from '../src/network/gradients.js';
import { IDENTITY_SET_SIZE, identityNets } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { exact, exactNetwork, gradientDegree, mustEqual } from './support/exact-net.js';
import { chainRuleGradient } from './support/jacobians.js';
import { testClaim } from './support/test-claim.js';

const gradientEqChainRule = ({ spec }: Sample): void => {
  // Arrange
  const net = exactNetwork(spec);
  // Act
  const all = allPairGradients(exact, net);
  // Assert
  for (const p of all.pairs) mustEqual(`G_${p.layer}${p.loss} vs Jacobian product`, p.gradient, chainRuleGradient(net, p.layer, p.loss));
};

export const claim = defineClaim(import.meta.url, {
  statement: 'local = ∂l_i/∂s_i·∂s_i/∂φ_i and distant = ∂l_j/∂s_j·∂s_j/∂s_i·∂s_i/∂φ_i (chain-rule factorisation)',
  hypotheses: 'linear nets (polynomial identity); ReLU nets as a second check',
  source: 'first display equation, right-hand side',
  checks: [
    identity({ label: 'linear nets', arbitraries: identityNets(), predicate: gradientEqChainRule, degree: (t) => gradientDegree(t.spec), setSize: IDENTITY_SET_SIZE, numRuns: 60 }),
    identity({ label: 'ReLU nets', arbitraries: identityNets({ activation: 'relu' }), predicate: gradientEqChainRule, numRuns: 30 }),
  ],
});

await testClaim(claim);
