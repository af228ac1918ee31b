/**
 * C5 two_layer_local_distant_usually_aligned: in a random two-layer linear net,
 * S(∂l₁/∂w₁, ∂l₂/∂w₁) > 0 "usually", read as: with probability > 1/2.
 *
 * Claim:      P(S(local₁, distant₁₂) > 0) > 0.5 over random nets and targets.
 * Hypotheses: W_i ~ N(0, 1/W), x ~ N(0, 1), s_i* ~ N(0, 1), width W = 10, one sample
 *             (the note does not state its distribution). Float64.
 * Source:     "Understanding the alignment": "We observe that S(∂l₁/∂w₁, ∂l₂/∂w₁) usually > 0".
 * Status:     statistical: betting confidence sequence, false-decision probability ≤ 1e-6.
 * Proof:      proofs/C5-two_layer_local_distant_usually_aligned.md
 */
import { floatAlgebra } from '../src/algebra/float.js';
import { defineClaim } from '../src/lang/define.js';
import { cosine } from '../src/network/cosine.js';
import { allPairGradientsOnly } from '../src/network/gradients.js';
import { gaussianNet } from './arbitraries/gaussian-net.js';
import { testClaim } from './support/test-claim.js';

export const SETUP = { depth: 2, width: 10, batch: 1, activation: 'linear' } as const;

export const claim = defineClaim(import.meta.url, {
  statement: String.raw`two-layer linear nets: $P\big(S(\partial l_1/\partial w_1, \partial l_2/\partial w_1) > 0\big) > 0.5$`,
  hypotheses: String.raw`$W_i \sim N(0, 1/W)$, $x, s^* \sim N(0, 1)$, $W = 10$, one sample`,
  source: '"We observe that:" S(∂l₁/∂w₁, ∂l₂/∂w₁) usually > 0 (in "Understanding the alignment")',
  checks: [
    {
      kind: 'rate',
      label: 'S(local₁, distant₁₂) > 0',
      threshold: 0.5,
      direction: 'above',
      trial: gaussianNet(SETUP).map((net) => {
        const all = allPairGradientsOnly(floatAlgebra, net);
        return cosine(floatAlgebra, all.pair(1, 1).gradient, all.pair(1, 2).gradient) > 0;
      }),
    },
  ],
});

await testClaim(claim);
