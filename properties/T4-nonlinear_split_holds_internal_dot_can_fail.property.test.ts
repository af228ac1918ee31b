/**
 * T4 nonlinear_split_holds_internal_dot_can_fail: for ReLU/tanh nets G_ij = internal_ij − external_ij
 * still holds (at the current Jacobian), but T1 (internal_ii · internal_ij ≥ 0) can fail.
 *
 * Claim:      (a) the split is exact for ReLU nets; (b) with one sample ReLU keeps T1
 *             (relu(z) = D z with D = diag[z > 0], so the net is linear along its own
 *             path); (c) a ReLU net with a batch, and (d) a tanh net with one sample,
 *             where internal_ii · internal_ij < 0: witnesses, shrunk.
 * Hypotheses: (a) ReLU, identities through the lifted polynomials; (b) Z3 over all reals at
 *             each shape (widths ≤ 2); (c) a Z3 model, re-checked exactly; (d) float64, a witness
 *             counted only when the dot is below −1e-9·‖internal_ii‖‖internal_ij‖ (far beyond rounding).
 * Source:     new; the limits of the note's argument beyond linear nets.
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/T4-nonlinear_split_holds_internal_dot_can_fail.md
 */
import { floatAlgebra } from '../src/algebra/float.js';
import { counterexample, defineClaim, exists, forAll } from '../src/lang/define.js';
import type { Kit } from '../src/lang/kit.js';
import { loadNetwork } from '../src/io/load.js';
import { allPairGradients } from '../src/network/gradients.js';
import { DEEP_NETS, SOLVER_NETS } from './arbitraries/net-shapes.js';
import { networkSpec, type Sample, sampleOf } from './arbitraries/network-spec.js';
import { internalDotClaim } from './support/internal-dot.js';
import { pairsBelow } from './support/pairs.js';
import { testClaim } from './support/test-claim.js';

const splitHolds = <M, S>({ alg, net, equal }: Kit<M, S>): void => {
  for (const p of allPairGradients(alg, net).pairs) equal(`G_${p.layer}${p.loss} vs internal − external`, p.gradient, alg.sub(p.internal, p.external));
};

const floatInternalDotNegative = ({ spec }: Sample): boolean => {
  const all = allPairGradients(floatAlgebra, loadNetwork(floatAlgebra, spec));
  return pairsBelow(all.depth).some(([i, j]) => {
    const [a, b] = [all.pair(i, i).internal, all.pair(i, j).internal];
    const d = floatAlgebra.dot(a, b);
    return d < -1e-9 * Math.sqrt(floatAlgebra.dot(a, a) * floatAlgebra.dot(b, b));
  });
};

const T1 = internalDotClaim(false);

/** Z3 decides the 2-2-2 batch-2 net within seconds once the input is pinned. */
const X_FIXED = { x_0_0: '1', x_0_1: '0', x_1_0: '1', x_1_1: '1' };

export const claim = defineClaim(import.meta.url, {
  statement: 'ReLU/tanh nets: G_ij = internal_ij − external_ij still holds, but internal_ii · internal_ij ≥ 0 (T1) can fail',
  hypotheses: 'ReLU (exact) and tanh (float64) nets',
  source: 'new',
  uses: ['C2', 'T1'],
  formal: {
    file: 'proofs/formal/DeepReluNet.v', theorem: 'relu_split_and_one_sample_internal_dot_nonneg',
    scope: 'ReLU nets of any depth and widths: (a) any batch, (b) one sample; over any real ordered domain',
    statement: String.raw`(forall (R : realDomainType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m)) (W : forall k, 'M[R]_(n k, n k.-1)) (t : forall k, 'M[R]_(n k, m)) (i j : nat), relu_grad_loss x W t i j = relu_internal x W i j - relu_external x W t i j /\ relu_grad_loss x W t i j = grad_loss x (relu_mask x W) W t i j) /\ (forall (R : realDomainType) (n : nat -> nat) (x : 'M[R]_(n 0%N, 1%N)) (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat), 0 <= frob (relu_internal x W i i) (relu_internal x W i j))`,
  },
  checks: [
    forAll({ label: '(a) ReLU split exact', nets: { ...DEEP_NETS, activation: 'relu' }, claim: splitHolds, numRuns: 64 }),
    forAll({ label: '(b) ReLU one sample keeps T1', nets: { ...SOLVER_NETS, activation: 'relu', batch: [0, 0] }, claim: T1, numRuns: 96, solver: 'z3' }),
    counterexample({ label: '(c) ReLU batch breaks T1 (Z3, input fixed to x = [1 0; 1 1])', nets: { activation: 'relu', depth: [2, 2], width: [2, 2], batch: [2, 2], zeroTargets: true, count: 1 }, claim: T1, fixed: X_FIXED }),
    exists({ label: '(d) tanh one sample breaks T1', arbitrary: networkSpec({ activations: ['tanh'], minBatch: 0, maxBatch: 0, minDepth: 2, maxDepth: 3, minWidth: 2, maxWidth: 3 }).map(sampleOf), predicate: floatInternalDotNegative }),
  ],
});

await testClaim(claim, ({ checks: [, b, c] }) => {
  // Z3 decides (b) at every shape, and finds (c) as a sat model, re-checked exactly
  if (!b!.certificates?.length || !b!.certificates.every((k) => k.kind === 'z3-unsat')) throw new Error(`(b) not decided by Z3: ${b!.evidence}`);
  if (!/^witness by Z3 model \(sat\)/.test(c!.evidence) || !/internal_11 · internal_12 = -[\d.]+ < 0/.test(c!.quantity ?? '')) throw new Error(`(c) not a Z3 witness: ${c!.evidence}`);
});
