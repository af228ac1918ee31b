import fc from 'fast-check';
import { sequentialMean } from '../stats/sequential-mean.js';
import { type RateDecision, sequentialRate } from '../stats/sequential-rate.js';
import type { MeanCheck, RateCheck } from '../lang/claim.js';
import type { CheckResult } from '../lang/check-result.js';

/** Every statistical decision's error probability, over all the samples it could look at. */
export const ALPHA = 1e-6;

const fmt = (x: number): string => x.toFixed(3);

/** How a sequence's numbers read in evidence: "betting confidence sequence [lo, hi] (width w) at α = 1e-6". */
const sequenceText = (d: { lo: number; hi: number; alpha: number }): string =>
  `betting confidence sequence [${fmt(d.lo)}, ${fmt(d.hi)}] (width ${fmt(d.hi - d.lo)}) at α = ${d.alpha.toExponential()}`;

/** Batch k of a sequential test samples from seed + 7919·k, so one seed replays every batch. */
const sampleBatch = <T>(arbitrary: fc.Arbitrary<T>, seed: number) => (batch: number, size: number): T[] =>
  fc.sample(arbitrary, { seed: seed + 7919 * batch, numRuns: size });

/** The sequential betting test of P(event) against a threshold, on trials drawn by fast-check. */
export function decideRate(
  trial: fc.Arbitrary<boolean>, threshold: number, options: { seed: number; alpha?: number; maxTrials?: number },
): RateDecision {
  return sequentialRate({ threshold, alpha: options.alpha ?? ALPHA, maxTrials: options.maxTrials ?? 1600, drawBatch: sampleBatch(trial, options.seed) });
}

/** A rate check of a claim, α = 1e-6. */
export function runRate(check: RateCheck, seed: number): CheckResult {
  const d = decideRate(check.trial, check.threshold, { seed, maxTrials: check.maxTrials });
  const verdict = d.decision === 'undecided' ? 'inconclusive' : d.decision === check.direction ? 'supported' : 'refuted';
  const claimed = `${check.direction === 'above' ? '>' : '<'} ${check.threshold}`;
  const claimedRange = check.direction === 'above' ? { lo: check.threshold } : { hi: check.threshold };
  return {
    label: check.label,
    kind: 'rate',
    verdict,
    certified: false,
    runs: d.trials,
    stats: { method: d.method, estimate: d.estimate, lo: d.lo, hi: d.hi, alpha: d.alpha, n: d.trials, claimed: claimedRange },
    evidence: `rate ${fmt(d.estimate)} (${d.held}/${d.trials} trials), ${sequenceText(d)}, claimed ${claimed}`,
  };
}

/** A mean check of a claim: the betting confidence sequence for a variable in check.bounds, α = 1e-6. */
export function runMean(check: MeanCheck, seed: number): CheckResult {
  const [a, b] = check.range;
  const m = sequentialMean({
    claimed: { lo: a, hi: b },
    bounds: check.bounds ?? [-1, 1],
    alpha: ALPHA,
    maxTrials: check.maxTrials ?? 3200,
    drawBatch: sampleBatch(check.samples, seed),
  });
  const verdict = m.decision === 'inside' ? 'supported' : m.decision === 'outside' ? 'refuted' : 'inconclusive';
  const stats = { method: m.method, estimate: m.mean, lo: m.lo, hi: m.hi, alpha: m.alpha, n: m.n, claimed: { lo: a, hi: b } };
  return { label: check.label, kind: 'mean', verdict, certified: false, runs: m.n, stats, evidence: `mean ${fmt(m.mean)} over ${m.n} samples, ${sequenceText(m)}, claimed in [${a}, ${b}]` };
}
