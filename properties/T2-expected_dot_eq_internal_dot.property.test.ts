/**
 * T2 expected_dot_eq_internal_dot: zero-mean targets independent of the net and of each
 * other give E[local_i · distant_ij] = internal_ii · internal_ij.
 *
 * Claim:      external_ij is linear in s_j* and internal_ij does not depend on targets, so
 *             the cross terms and ex·ex vanish in expectation. Checked exactly on the
 *             distribution s_k* ↦ ε_k s_k* with independent signs ε_k = ±1 (zero mean,
 *             independent): the average over all 2^L sign vectors is computed exactly.
 * Hypotheses: any activation with targets entering only through e = 2(s − s*) (linear,
 *             ReLU checked); any depth and batch.
 * Source:     new; makes precise "the targets are just randomly generated points".
 * Status:     computed by running; the proof states the expected verdict.
 * Proof:      proofs/T2-expected_dot_eq_internal_dot.md
 */
import { defineClaim, identity } from '../src/claims/define.js';
import type { NetworkSpec } from '../src/io/network-file.js';
import { identityNets } from './arbitraries/identity-net.js';
import type { Sample } from './arbitraries/network-spec.js';
import { dot, dotDegree, exactAllPairs, F, mustEqualScalar, pairsBelow } from './support/exact-net.js';
import { IDENTITY_SET_SIZE } from './arbitraries/identity-net.js';
import { testClaim } from './support/test-claim.js';

const negate = (x: string): string => (x === '0' ? x : x.startsWith('-') ? x.slice(1) : `-${x}`);

/** The net with target k negated wherever bit k of `signs` is set. */
function flipped(spec: NetworkSpec, signs: number): NetworkSpec {
  const targets = spec.targets.map((t, k) => (signs & (1 << k) ? { ...t, rows: t.rows.map((r) => r.map(negate)) } : t));
  return { ...spec, targets };
}

const expectedDotEqInternalDot = ({ spec }: Sample): void => {
  // Arrange
  const L = spec.weights.length;
  const all = exactAllPairs(spec);
  const flips = Array.from({ length: 2 ** L }, (_, signs) => exactAllPairs(flipped(spec, signs)));
  const weight = F.parse(String(1 / 2 ** L)); // 2^−L is a finite decimal
  for (const [i, j] of pairsBelow(L)) {
    // Act: E[local·distant] over the 2^L equally likely sign vectors
    const mean = flips.reduce((acc, f) => F.add(acc, F.mul(weight, dot(f.pair(i, i).gradient, f.pair(i, j).gradient))), F.zero);
    // Assert
    mustEqualScalar(`E[local·distant] vs internal·internal at (${i}, ${j})`, mean, dot(all.pair(i, i).internal, all.pair(i, j).internal));
  }
};

export const claim = defineClaim(import.meta.url, {
  statement: 'zero-mean targets, independent of the net and across layers: E[local_i · distant_ij] = internal_ii · internal_ij',
  hypotheses: 'targets s_k* ↦ ε_k s_k*, ε_k independent uniform signs; linear and ReLU nets',
  source: 'new (the external terms average out)',
  checks: [
    identity({ label: 'linear nets', arbitraries: identityNets(), predicate: expectedDotEqInternalDot, degree: (t) => dotDegree(t.spec), setSize: IDENTITY_SET_SIZE, numRuns: 48 }),
    identity({ label: 'ReLU nets', arbitraries: identityNets({ activation: 'relu' }), predicate: expectedDotEqInternalDot, numRuns: 24 }),
  ],
});

await testClaim(claim);
