/**
 * C3 local_usually_aligns_global_and_distant: S(local_i, global_i) > 0 and S(local_i, distant_ij) > 0
 * "usually", read as: each with probability > 1/2.
 *
 * Claim:      over random nets, a uniformly drawn layer i < L (resp. pair i < j) has
 *             its local gradient positively aligned with the global (resp. distant) one
 *             with probability > 0.5.
 * Hypotheses: depth 5, width 10, one sample, linear; W_i ~ N(0, 1/W), x, s* ~ N(0, 1). Float64.
 * Source:     "The surprise is that … not only does our local gradient usually align with
 *             the global gradient, but also with the distant gradients."
 * Status:     statistical: sequential Clopper–Pearson tests, false-decision probability ≤ 1e-6 each.
 * Proof:      proofs/C3-local_usually_aligns_global_and_distant.md
 */
import fc from 'fast-check';
import { floatAlgebra } from '../src/algebra/float.js';
import { defineClaim } from '../src/claims/define.js';
import { cosine } from '../src/network/cosine.js';
import { allPairGradientsOnly, globalFromPairs, localGradient } from '../src/network/gradients.js';
import { gaussianNet, gaussianNetWithPair } from './arbitraries/gaussian-net.js';
import { testClaim } from './support/test-claim.js';

const SETUP = { depth: 5, width: 10, batch: 1, activation: 'linear' } as const;

export const claim = defineClaim(import.meta.url, {
  statement: 'P(S(local_i, global_i) > 0) > 0.5 and P(S(local_i, distant_ij) > 0) > 0.5',
  hypotheses: 'depth 5, width 10, one sample, linear; Gaussian weights, inputs and targets',
  source: '"The surprise is that …"',
  checks: [
    {
      kind: 'rate',
      label: 'S(local_i, global_i) > 0, i uniform in 1…4',
      threshold: 0.5,
      direction: 'above',
      trial: fc.tuple(gaussianNet(SETUP), fc.noBias(fc.integer({ min: 1, max: SETUP.depth - 1 }))).map(([net, i]) => {
        const all = allPairGradientsOnly(floatAlgebra, net);
        return cosine(floatAlgebra, localGradient(all, i), globalFromPairs(floatAlgebra, all, i)) > 0;
      }),
    },
    {
      kind: 'rate',
      label: 'S(local_i, distant_ij) > 0, (i, j) uniform',
      threshold: 0.5,
      direction: 'above',
      trial: gaussianNetWithPair(SETUP).map(({ net, i, j }) => {
        const all = allPairGradientsOnly(floatAlgebra, net);
        return cosine(floatAlgebra, all.pair(i, i).gradient, all.pair(i, j).gradient) > 0;
      }),
    },
  ],
});

await testClaim(claim);
