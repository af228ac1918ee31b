/**
 * The fast engine (src/engine) against the ml-matrix reference (src/reproduce/pair-cosines.ts,
 * which forms every G_ij): the same cosines within a float64 rounding bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignmentTrial, trialFlops } from '../../src/engine/trial.js';
import { type FlatNetwork, workspace } from '../../src/engine/workspace.js';
import { gaussianFlatNetwork, toMatrixNetwork } from '../../src/random/gaussian-network.js';
import { cosAt, pairCosines } from '../../src/reproduce/pair-cosines.js';

describe.each(['js', 'wasm'] as const)('engine with %s kernels', (kernel) => {
  it('alignmentTrial equals the reference pair cosines (all activations, batches, depths)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.record({
          depth: fc.integer({ min: 1, max: 6 }),
          width: fc.integer({ min: 1, max: 8 }),
          batch: fc.integer({ min: 1, max: 5 }),
          activation: fc.constantFrom('linear' as const, 'relu' as const, 'tanh' as const),
          targetScale: fc.constantFrom(0, 0.1, 1),
        }),
        (seed, options) => {
          // Arrange
          const flat = gaussianFlatNetwork(seed, options);
          const L = options.depth;
          const cos = new Float64Array((L + 1) * (L + 1));
          // Act
          alignmentTrial(workspace(L, options.width, options.batch, kernel), flat, cos);
          const reference = pairCosines(toMatrixNetwork(flat));
          // Assert: two float64 evaluations of the same cosine (different summation order and
          // association); 1e-9 leaves room for rounding amplified through ≤ 6 layers, while a
          // wrong formula moves cosines by O(0.1) (dropping h′ or a transpose fails at once).
          // An undefined cosine (a zero norm) is NaN in both.
          for (let i = 1; i < L; i++) for (let j = i + 1; j <= L; j++) {
            const [c, r] = [cos[i * (L + 1) + j]!, cosAt(reference, i, j)];
            if (Number.isNaN(r)) expect(c).toBeNaN();
            else expect(Math.abs(c - r)).toBeLessThan(1e-9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reuses its workspace: the same trial twice gives the same numbers', () => {
    const ws = workspace(5, 6, 3, kernel);
    const [a, b] = [new Float64Array(36), new Float64Array(36)];
    alignmentTrial(ws, gaussianFlatNetwork(1, { depth: 5, width: 6, batch: 3 }), a);
    alignmentTrial(ws, gaussianFlatNetwork(2, { depth: 5, width: 6, batch: 3 }), new Float64Array(36));
    alignmentTrial(ws, gaussianFlatNetwork(1, { depth: 5, width: 6, batch: 3 }), b);
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('refuses a forward pass that leaves float64 (s_i or s_iᵀs_i not finite) before the sweeps, naming the layer', () => {
    // Arrange: linear layers of gain 1e200: s_1 ~ 1e200 (K_1 ~ 1e400 overflows); L = 1: s_1 itself overflows
    const huge = (L: number, gain: number) => {
      const net = gaussianFlatNetwork(3, { depth: L, width: 3, batch: 2 });
      return { ...net, weights: net.weights.map((w) => w.map((x) => gain * x)) };
    };
    // Act / Assert
    expect(() => alignmentTrial(workspace(3, 3, 2, kernel), huge(3, 1e200), new Float64Array(16))).toThrow(/^the activations s_1 \(or s_1ᵀs_1\) overflow float64$/);
    expect(() => alignmentTrial(workspace(1, 3, 2, kernel), huge(1, 1e308), new Float64Array(4))).toThrow(/^the activations s_1 /);
    expect(() => alignmentTrial(workspace(3, 3, 2, kernel), huge(3, 1e100), new Float64Array(16))).toThrow(/^the activations s_2 /);
  });

  it('refuses at the forward pass a layer whose K_aa overflows while the rest of its column stays finite', () => {
    // Arrange: linear, W = 1, L = 2, columns of s_1 at 1e-200 and 1e200: K_1 = [[0, 1], [1, ∞]], only the diagonal overflows
    const ones = () => Float64Array.of(1);
    const net: FlatNetwork = {
      activation: 'linear', depth: 2, width: 1, batch: 2,
      weights: [ones(), ones()], input: Float64Array.of(1e-200, 1e200), targets: [new Float64Array(2), new Float64Array(2)],
    };
    // Act / Assert: refused as s_1's, not later as a pair's norm
    expect(() => alignmentTrial(workspace(2, 1, 2, kernel), net, new Float64Array(9))).toThrow(/^the activations s_1 /);
  });

  it('counts multiply-adds by its formula', () => {
    // L = 1, W = 3, N = 1: forward W²N = 9; δK: W·N² = 3; Gram and local norm, symmetric: 2·W·N(N+1)/2 = 6
    expect(trialFlops(1, 3, 1)).toBe(18);
    // L = 2, W = 2, N = 2: forward 2·8; one pair: back-propagation 8, norm 2·3, cross term 4; δK 2·8; Grams and local norms 4·6
    expect(trialFlops(2, 2, 2)).toBe(16 + 18 + 16 + 24);
  });

  it('trialFlops equals the multiply-adds of the kernel calls a trial makes (mk·n per product, k·m(m+1)/2 per symmetric one)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), (L, W, N) => {
        // Arrange: count each call's multiply-adds from its shape (js kernels: no padding)
        const ws = workspace(L, W, N, 'js');
        const k = ws.kernels;
        let count = 0;
        const counted: typeof k = {
          matmul: (C, A, B, m, kk, n) => ((count += m * kk * n), k.matmul(C, A, B, m, kk, n)),
          backprop: (C, A, B, D, E, kk, m, n) => ((count += kk * m * n + m * n), k.backprop(C, A, B, D, E, kk, m, n)),
          gram: (K, A, kk, m) => ((count += (kk * m * (m + 1)) / 2), k.gram(K, A, kk, m)),
          gramDot: (A, K, kk, m) => ((count += (kk * m * (m + 1)) / 2), k.gramDot(A, K, kk, m)),
          residual: k.residual, activate: k.activate,
        };
        // Act
        alignmentTrial({ ...ws, kernels: counted }, gaussianFlatNetwork(1, { depth: L, width: W, batch: N }), new Float64Array((L + 1) ** 2));
        // Assert
        expect(count).toBe(trialFlops(L, W, N));
      }),
      { numRuns: 40 },
    );
  });
});
