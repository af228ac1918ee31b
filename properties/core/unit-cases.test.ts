/**
 * Hand-computed cases, each worked out in its comment: depth 1, width 1, zero
 * weights, zero input, the ReLU kink, one sample vs a batch of one, and batch additivity.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../src/io/network-file.js';
import { networkToJson } from '../../src/io/network-json.js';
import { networkSpec } from '../arbitraries/network-spec.js';
import { asText, exact, exactPairs } from './helpers.js';

const text = (json: unknown) => exactPairs(validateNetwork(json)).map((p) => ({
  layer: p.layer,
  loss: p.loss,
  gradient: asText(exact.field, p.gradient),
  internal: asText(exact.field, p.internal),
  external: asText(exact.field, p.external),
}));

describe('hand-computed gradients', () => {
  it('depth 1, width 1: s = wx, ∂(s − t)²/∂w = 2(wx − t)x = internal 2wx·x − external 2t·x', () => {
    // w = 0.5, x = 2, t = 0.3: s = 1; G = 2·0.7·2 = 2.8, internal = 2·1·2 = 4, external = 2·0.3·2 = 1.2
    const [p] = text({ activation: 'linear', weights: [[['0.5']]], input: ['2'], targets: [['0.3']] });
    expect(p).toEqual({ layer: 1, loss: 1, gradient: [['2.8']], internal: [['4']], external: [['1.2']] });
  });

  it('two layers (fixtures/two-layer.json, the README example): every pair worked by hand', () => {
    // s1 = W1 x = [1.2, 3.4], s2 = W2 s1 = 0.6 − 3.4 = −2.8
    // G11 = 2(s1 − s1*) xᵀ = 2[1.2, 2.4]ᵀ[1, 0.1]; G12 = W2ᵀ 2(s2 − s2*) xᵀ = [0.5, −1]ᵀ(−9.6)[1, 0.1]
    // G22 = 2(s2 − s2*) s1ᵀ = −9.6·[1.2, 3.4]
    const pairs = text(JSON.parse(readFileSync(new URL('../fixtures/two-layer.json', import.meta.url), 'utf8')));
    expect(pairs.map((p) => p.gradient)).toEqual([
      [['2.4', '0.24'], ['4.8', '0.48']],
      [['-4.8', '-0.48'], ['9.6', '0.96']],
      [['-11.52', '-32.64']],
    ]);
    // internal12 = W2ᵀ 2 s2 xᵀ = [0.5, −1]ᵀ(−5.6)[1, 0.1]
    expect(pairs[1]!.internal).toEqual([['-2.8', '-0.28'], ['5.6', '0.56']]);
  });

  it('zero weights: s1 = s2 = 0, so G11 = −2 s1* xᵀ and G12 = G22 = 0', () => {
    const pairs = text({ activation: 'linear', weights: [[[0, 0]], [[0]]], input: [1, 2], targets: [['0.5'], [3]] });
    expect(pairs.map((p) => p.gradient)).toEqual([[['-1', '-2']], [['0', '0']], [['0']]]);
  });

  it('zero input: every gradient is 0 (each is δ s_{i−1}ᵀ and s_i = 0)', () => {
    const pairs = text({ activation: 'linear', weights: [[[1, 2]], [[3]]], input: [0, 0], targets: [[1], [1]] });
    expect(pairs.flatMap((p) => p.gradient.flat())).toEqual(['0', '0', '0', '0', '0']);
  });

  it('ReLU at the kink z = 0 takes h′(0) = 0; at z < 0 the gradient is 0', () => {
    const atKink = text({ activation: 'relu', weights: [[[1, -1]]], input: [2, 2], targets: [[1]] });
    const negative = text({ activation: 'relu', weights: [[[-1]]], input: [1], targets: [[1]] });
    expect(atKink[0]!.gradient).toEqual([['0', '0']]);
    expect(negative[0]!.gradient).toEqual([['0']]);
  });

  it('one sample as a vector equals a batch of one (a one-column matrix)', () => {
    fc.assert(
      fc.property(networkSpec({ activations: ['linear', 'relu'], minBatch: 0, maxBatch: 0 }), (spec) => {
        const asBatch = { ...spec, input: { ...spec.input, vector: false }, targets: spec.targets.map((t) => ({ ...t, vector: false })) };
        const json = networkToJson(asBatch) as { input: unknown[] };
        expect(Array.isArray(json.input[0])).toBe(true);
        expect(text(json)).toEqual(text(networkToJson(spec)));
      }),
      { numRuns: 30 },
    );
  });

  it('a batch gradient is the sum of its per-sample gradients (l_j sums over samples)', () => {
    fc.assert(
      fc.property(networkSpec({ activations: ['linear', 'relu'], minBatch: 2, maxBatch: 3, maxDepth: 3 }), (spec) => {
        // Arrange
        const F = exact.field;
        const column = (m: { rows: string[][] }, n: number) => ({ rows: m.rows.map((r) => [r[n]!]), vector: false });
        const samples = spec.input.rows[0]!.length;
        const perSample = Array.from({ length: samples }, (_, n) =>
          exactPairs({ ...spec, input: column(spec.input, n), targets: spec.targets.map((t) => column(t, n)) }));
        // Act
        const batch = exactPairs(spec);
        // Assert
        batch.forEach((p, k) => {
          const summed = p.gradient.map((row, r) => row.map((_, c) => perSample.reduce((acc, s) => F.add(acc, s[k]!.gradient[r]![c]!), F.zero)));
          expect(asText(F, p.gradient)).toEqual(asText(F, summed));
        });
      }),
      { numRuns: 50 },
    );
  });
});
