/**
 * T1 linear_internal_dot_nonneg: in a linear net, internal_ii · internal_ij ≥ 0 for all i < j.
 *
 * Claim:      with A = W_j ⋯ W_{i+1}, ⟨internal_ii, internal_ij⟩ = 4 tr(S_{i−1}ᵀS_{i−1} · (AS_i)ᵀ(AS_i)),
 *             the trace of a product of two positive semidefinite matrices, so ≥ 0 (any batch).
 * Hypotheses: linear nets, any depth and batch. Exact arithmetic (an inequality: no
 *             Schwartz–Zippel bound).
 * Source:     new; makes precise why the internal terms "tend to be aligned".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/T1-linear_internal_dot_nonneg.md
 */
import { defineClaim, identity } from '../src/claims/define.js';
import { identityNets } from './arbitraries/identity-net.js';
import { internalDotNonneg } from './support/internal-dot.js';
import { testClaim } from './support/test-claim.js';

export const claim = defineClaim(import.meta.url, {
  statement: 'linear nets, any depth and batch: internal_ii · internal_ij ≥ 0 for all i < j',
  hypotheses: 'linear activation',
  source: 'new (explains "the internal terms … tend to be aligned")',
  checks: [identity({ label: 'linear nets', arbitraries: identityNets(), predicate: internalDotNonneg, numRuns: 160 })],
});

await testClaim(claim);
