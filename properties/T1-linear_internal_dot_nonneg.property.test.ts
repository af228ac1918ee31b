/**
 * T1 linear_internal_dot_nonneg: in a linear net, internal_ii · internal_ij ≥ 0 for all i < j.
 *
 * Claim:      with A = W_j ⋯ W_{i+1}, ⟨internal_ii, internal_ij⟩ = 4 tr(S_{i−1}ᵀS_{i−1} · (AS_i)ᵀ(AS_i)),
 *             the trace of a product of two positive semidefinite matrices, so ≥ 0 (any batch).
 * Hypotheses: linear nets, any depth and batch. Certified by the identity
 *             ⟨internal_ii, internal_ij⟩ = ‖2·A S_i S_{i−1}ᵀ‖²_F (Schwartz–Zippel, computed degree)
 *             at every shape, and by Z3 over all real entries at the smallest shapes.
 * Source:     new; makes precise why the internal terms "tend to be aligned".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/T1-linear_internal_dot_nonneg.md
 */
import { defineClaim, forAll } from '../src/lang/define.js';
import { DEEP_NETS, SOLVER_NETS } from './arbitraries/net-shapes.js';
import { internalDotClaim } from './support/internal-dot.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: 'linear nets, any depth and batch: internal_ii · internal_ij ≥ 0 for all i < j',
  hypotheses: 'linear activation',
  source: 'new (explains "the internal terms … tend to be aligned")',
  uses: ['C2'],
  formal: {
    file: 'proofs/formal/DeepAlign.v', theorem: 'linear_internal_dot_nonneg_any_depth',
    scope: 'linear nets of any depth, every pair i, j, any widths and batch, over any real ordered domain',
    statement: String.raw`forall (R : realDomainType) (n : nat -> nat) (m : nat) (x : 'M[R]_(n 0%N, m)) (W : forall k, 'M[R]_(n k, n k.-1)) (i j : nat), frob (internal x ones W i i) (internal x ones W i j) = sqnorm (2%:R *: (chain W i j *m fwd x ones W i *m (fwd x ones W i.-1)^T)) /\ 0 <= frob (internal x ones W i i) (internal x ones W i j)`,
  },
  checks: [
    forAll({ label: 'linear nets: the sum-of-squares identity', nets: DEEP_NETS, claim: internalDotClaim(true), numRuns: 160 }),
    forAll({ label: 'linear nets: Z3 over all reals', nets: SOLVER_NETS, claim: internalDotClaim(false), numRuns: 40, solver: 'z3' }),
  ],
});

await testClaim(claim);
