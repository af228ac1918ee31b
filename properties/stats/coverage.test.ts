/**
 * Coverage of the betting confidence sequence, time-uniformly: over many seeded streams
 * with a known mean μ, how often is μ ever rejected within T samples? At α = 0.05 that
 * share must not exceed α by more than binomial noise allows: the test fails when the
 * Clopper–Pearson lower bound (one-sided 1e-6) of the observed share exceeds α. Broken
 * sequences must fail the same test, which shows that it can fail.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/random/rng.js';
import { engineCosines, cosAt } from '../../src/reproduce/pair-cosines.js';
import { gaussianFlatNetwork } from '../../src/random/gaussian-network.js';
import { BettingSequence } from '../../src/stats/betting.js';
import { clopperPearson } from '../../src/stats/binomial.js';

/** A sequence under test, following one stream: does its current set still contain μ? */
interface Follower {
  push(x: number): void;
  covers(): boolean;
}
type Sequence = (bounds: readonly [number, number], alpha: number, mu: number) => Follower;

/** A bounded distribution with its exact mean, sampled from a uniform source. */
interface Distribution {
  name: string;
  bounds: readonly [number, number];
  mean: number;
  draw(uniform: () => number): number;
}

/**
 * The cosines at the pair (2, 3) of the first 400 ReLU nets (W = 5, L = 5) where it is defined
 * (not NaN: a dead gradient leaves it undefined). A stream resamples them, so μ is their average exactly.
 */
const COSINES = (() => {
  const [cosines, pool] = [engineCosines(), [] as number[]];
  for (let s = 1; pool.length < 400; s++) {
    const c = cosAt(cosines(gaussianFlatNetwork(s, { depth: 5, width: 5, activation: 'relu' })), 2, 3);
    if (!Number.isNaN(c)) pool.push(c);
  }
  return pool;
})();

const DISTRIBUTIONS: Distribution[] = [
  { name: 'Bernoulli(0.3) on [0, 1]', bounds: [0, 1], mean: 0.3, draw: (u) => (u() < 0.3 ? 1 : 0) },
  { name: 'uniform on [−1, 3]', bounds: [-1, 3], mean: 1, draw: (u) => -1 + 4 * u() },
  { name: 'skewed 2 + 3U⁶ on [2, 5]', bounds: [2, 5], mean: 2 + 3 / 7, draw: (u) => 2 + 3 * u() ** 6 },
  { name: 'ReLU cosines at (2, 3) on [−1, 1]', bounds: [-1, 1], mean: COSINES.reduce((s, c) => s + c, 0) / COSINES.length, draw: (u) => COSINES[Math.floor(u() * COSINES.length)]! },
];

const betting: Sequence = (bounds, alpha, mu) => {
  const s = new BettingSequence(bounds, alpha, [mu]);
  return { push: (x) => s.push(x), covers: () => s.rejects(mu) === false };
};

/** Broken: x̄ ± z_{1−α/2}·s/√t after every sample; it forgets the bound and the looks. */
const cltEverySample: Sequence = (_bounds, alpha, mu) => {
  const z = alpha === 0.05 ? 1.959963984540054 : NaN;
  let [t, mean, m2] = [0, 0, 0];
  return {
    push: (x) => {
      t++;
      const d = x - mean;
      mean += d / t;
      m2 += d * (x - mean);
    },
    covers: () => t < 2 || Math.abs(mean - mu) <= z * Math.sqrt(m2 / (t - 1) / t),
  };
};

/** Broken: the betting sequence with its α dropped (rejecting at ½K ≥ 1.001 instead of ½K ≥ 1/α). */
const alphaDropped: Sequence = (bounds, _alpha, mu) => betting(bounds, 0.999, mu);

/** Streams ever missing μ within T samples, out of S. */
function misses(sequence: Sequence, d: Distribution, alpha: number, streams: number, T: number): number {
  let missed = 0;
  for (let s = 0; s < streams; s++) {
    const uniform = mulberry32(7919 * s + 17);
    const f = sequence(d.bounds, alpha, d.mean);
    for (let t = 0; t < T; t++) {
      f.push(d.draw(uniform));
      if (!f.covers()) {
        missed++;
        break;
      }
    }
  }
  return missed;
}

/** Is the observed miss share compatible with ≤ α? (Clopper–Pearson lower bound, one-sided 1e-6.) */
const withinAlpha = (missed: number, streams: number, alpha: number) => clopperPearson(missed, streams, 2e-6).lo <= alpha;

const [ALPHA, STREAMS, T] = [0.05, 500, 400];

describe.each(DISTRIBUTIONS)('coverage at α = 0.05, $name', (d) => {
  it(`the betting sequence misses μ in at most α of ${STREAMS} streams of ${T} (up to binomial noise)`, () => {
    // Act
    const missed = misses(betting, d, ALPHA, STREAMS, T);
    // Assert
    expect(withinAlpha(missed, STREAMS, ALPHA), `${missed}/${STREAMS} streams missed μ = ${d.mean}`).toBe(true);
  });

  it.each([
    ['a CLT interval after every sample (forgets the bound)', cltEverySample],
    ['a betting sequence with its α dropped', alphaDropped],
  ] as const)('fails for %s', (_, broken) => {
    const missed = misses(broken, d, ALPHA, STREAMS, T);
    expect(withinAlpha(missed, STREAMS, ALPHA), `${missed}/${STREAMS} streams missed μ = ${d.mean}`).toBe(false);
  });
});
