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
 * Status:     statistical: betting confidence sequences, false-decision probability ≤ 1e-6 each.
 * Proof:      proofs/C3-local_usually_aligns_global_and_distant.md
 */
import { defineClaim } from '../src/lang/define.js';
import { localDistantAligned, localGlobalAligned } from './arbitraries/pair-event.js';
import { testClaim } from './support/test-claim.js';

const SETUP = { depth: 5, width: 10, batch: 1, activation: 'linear' } as const;

export const claim = defineClaim(import.meta.url, {
  statement: String.raw`$P\big(S(\text{local}_i, \text{global}_i) > 0\big) > 0.5$ and $P\big(S(\text{local}_i, \text{distant}_{ij}) > 0\big) > 0.5$`,
  hypotheses: 'depth 5, width 10, one sample, linear; Gaussian weights, inputs and targets',
  source: '"The surprise is that …"',
  checks: [
    { kind: 'rate', label: 'S(local_i, global_i) > 0, i uniform in 1…4', threshold: 0.5, direction: 'above', trial: localGlobalAligned(SETUP) },
    { kind: 'rate', label: 'S(local_i, distant_ij) > 0, (i, j) uniform', threshold: 0.5, direction: 'above', trial: localDistantAligned(SETUP) },
  ],
});

await testClaim(claim);
