/**
 * T4 nonlinear_split_holds_internal_dot_can_fail: for ReLU/tanh nets G_ij = internal_ij − external_ij
 * still holds (at the current Jacobian), but T1 (internal_ii · internal_ij ≥ 0) can fail.
 *
 * Claim:      (a) the split is exact for ReLU nets; (b) with one sample ReLU keeps T1
 *             (relu(z) = D z with D = diag[z > 0], so the net is linear along its own
 *             path); (c) a ReLU net with a batch, and (d) a tanh net with one sample,
 *             where internal_ii · internal_ij < 0: witnesses, shrunk.
 * Hypotheses: (a)–(c) exact arithmetic; (d) float64, a witness counted only when the dot is
 *             below −1e-9·‖internal_ii‖‖internal_ij‖ (far beyond rounding).
 * Source:     new; the limits of the note's argument beyond linear nets.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/T4-nonlinear_split_holds_internal_dot_can_fail.md
 */
import { floatAlgebra } from '../src/algebra/float.js';
import { defineClaim, exists, identity } from '../src/claims/define.js';
import { loadNetwork } from '../src/io/load.js';
import { allPairGradients } from '../src/network/gradients.js';
import { identityNets, ONE_SAMPLE_SHAPES } from './arbitraries/identity-net.js';
import { networkSpec, type Sample, sampleOf } from './arbitraries/network-spec.js';
import { dot, exact, exactAllPairs, F, mustEqual, pairsBelow } from './support/exact-net.js';
import { internalDotNonneg } from './support/internal-dot.js';
import { testClaim } from './support/test-claim.js';

const splitHolds = ({ spec }: Sample): void => {
  for (const p of exactAllPairs(spec).pairs) mustEqual(`G_${p.layer}${p.loss} vs internal − external`, p.gradient, exact.sub(p.internal, p.external));
};

const exactInternalDotNegative = ({ spec }: Sample): boolean => {
  const all = exactAllPairs(spec);
  return pairsBelow(all.depth).some(([i, j]) => F.isPositive(F.neg(dot(all.pair(i, i).internal, all.pair(i, j).internal))));
};

const floatInternalDotNegative = ({ spec }: Sample): boolean => {
  const all = allPairGradients(floatAlgebra, loadNetwork(floatAlgebra, spec));
  return pairsBelow(all.depth).some(([i, j]) => {
    const [a, b] = [all.pair(i, i).internal, all.pair(i, j).internal];
    const d = floatAlgebra.dot(a, b);
    return d < -1e-9 * Math.sqrt(floatAlgebra.dot(a, a) * floatAlgebra.dot(b, b));
  });
};

export const claim = defineClaim(import.meta.url, {
  statement: 'ReLU/tanh nets: G_ij = internal_ij − external_ij still holds, but internal_ii · internal_ij ≥ 0 (T1) can fail',
  hypotheses: 'ReLU (exact) and tanh (float64) nets',
  source: 'new',
  checks: [
    identity({ label: '(a) ReLU split exact', arbitraries: identityNets({ activation: 'relu' }), predicate: splitHolds, numRuns: 64 }),
    identity({ label: '(b) ReLU one sample keeps T1', arbitraries: identityNets({ activation: 'relu', shapes: ONE_SAMPLE_SHAPES }), predicate: internalDotNonneg, numRuns: 96 }),
    exists({ label: '(c) ReLU batch breaks T1', arbitrary: networkSpec({ activations: ['relu'], minBatch: 2, maxBatch: 3, minDepth: 2, maxDepth: 3, maxWidth: 3 }).map(sampleOf), predicate: exactInternalDotNegative }),
    exists({ label: '(d) tanh one sample breaks T1', arbitrary: networkSpec({ activations: ['tanh'], minBatch: 0, maxBatch: 0, minDepth: 2, maxDepth: 3, minWidth: 2, maxWidth: 3 }).map(sampleOf), predicate: floatInternalDotNegative }),
  ],
});

await testClaim(claim);
