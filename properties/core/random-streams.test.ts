/**
 * The generators' streams, exactly: Mulberry32 against mulberry32 as published (Tommy Ettinger's
 * one-line JavaScript, state a double), and Ziggurat.fill against successive normal() draws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianFlatNetwork } from '../../src/random/gaussian-network.js';
import { Mulberry32 } from '../../src/random/rng.js';
import { Ziggurat } from '../../src/random/ziggurat.js';

/** mulberry32 in its published form. */
function published(a: number): () => number {
  return () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const seeds = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31)));

describe('random streams', () => {
  it('Mulberry32 words are mulberry32\'s, for any 32-bit seed', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        // Arrange
        const [ours, theirs] = [new Mulberry32(seed), published(seed >>> 0)];
        // Act
        const [a, b] = [Array.from({ length: 2000 }, () => ours.word()), Array.from({ length: 2000 }, theirs)];
        // Assert
        expect(a).toEqual(b);
      }),
      { numRuns: 30 },
    );
  });

  it('fill(a, σ) draws σ·normal() in turn, slow path and tails included, and leaves the same state', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 40_000 }), fc.constantFrom(1, 0.25, -3), (seed, n, sd) => {
        // Arrange
        const [filled, oneByOne] = [new Ziggurat(seed), new Ziggurat(seed)];
        const a = new Float64Array(n);
        // Act
        filled.fill(a, sd);
        const expected = Float64Array.from({ length: n }, () => sd * oneByOne.normal());
        // Assert: the same doubles (first difference, if any), and the same next draw
        const k = a.findIndex((x, i) => !Object.is(x, expected[i]));
        expect(k === -1 ? 'equal' : `differ at ${k}: ${a[k]} vs ${expected[k]}`).toBe('equal');
        expect(filled.normal()).toBe(oneByOne.normal());
      }),
      { numRuns: 15 },
    );
  });

  it('the fill test reaches the tail beyond r = 3.4426 (the slow path\'s rarest branch)', () => {
    const a = new Float64Array(40_000);
    new Ziggurat(7).fill(a, 1);
    expect(a.some((x) => Math.abs(x) > 3.442619855899)).toBe(true);
  });

  it('gaussianFlatNetwork drawn into a reused network equals a fresh one; a network of another shape is left alone', () => {
    // Arrange
    const o = { depth: 3, width: 5, batch: 2, activation: 'tanh' as const, targetScale: 0.5 };
    const reused = gaussianFlatNetwork(1, o);
    const other = gaussianFlatNetwork(1, { ...o, batch: 3 });
    const otherBefore = structuredClone(other);
    // Act
    const redrawn = gaussianFlatNetwork(2, o, reused);
    const notReused = gaussianFlatNetwork(2, o, other);
    // Assert
    expect(redrawn).toBe(reused);
    expect(redrawn).toEqual(gaussianFlatNetwork(2, o));
    expect(notReused).toEqual(gaussianFlatNetwork(2, o));
    expect(other).toEqual(otherBefore);
  });
  it('gaussianFlatNetwork does not reuse a network of another activation', () => {
    // Arrange
    const o = { depth: 2, width: 3, batch: 2, activation: 'tanh' as const };
    const tanhNet = gaussianFlatNetwork(1, o);
    // Act
    const relu = gaussianFlatNetwork(2, { ...o, activation: 'relu' }, tanhNet);
    // Assert
    expect(relu).not.toBe(tanhNet);
    expect(relu).toEqual(gaussianFlatNetwork(2, { ...o, activation: 'relu' }));
  });

  it('gaussianFlatNetwork draws W_1 … W_L, then x, then s_1* … s_L*, from one stream of normal() draws', () => {
    // Arrange: L = 2, W = 3, N = 2, g = 2, σ = 0.5
    const net = gaussianFlatNetwork(5, { depth: 2, width: 3, batch: 2, initScale: 2, targetScale: 0.5 });
    const z = new Ziggurat(5);
    const draw = (n: number, sd: number) => Array.from({ length: n }, () => sd * z.normal());
    // Act
    const expected = [draw(9, 2 / Math.sqrt(3)), draw(9, 2 / Math.sqrt(3)), draw(6, 1), draw(6, 0.5), draw(6, 0.5)];
    // Assert
    expect([...net.weights, net.input, ...net.targets].map((a) => Array.from(a))).toEqual(expected);
  });
});
