import fc from 'fast-check';
import { sequentialMean } from '../stats/sequential-mean.js';
import { type RateDecision, sequentialRate } from '../stats/sequential-rate.js';
import type { MeanCheck, RateCheck } from './claim.js';
import type { CheckResult } from './check-result.js';

/** Every statistical decision's error probability. */
export const ALPHA = 1e-6;

const fmt = (x: number): string => x.toFixed(3);

/** Look k of a sequential test samples from seed + 7919·k, so one seed replays every look. */
const sampleLook = <T>(arbitrary: fc.Arbitrary<T>, seed: number) => (look: number, size: number): T[] =>
  fc.sample(arbitrary, { seed: seed + 7919 * look, numRuns: size });

/** The sequential Clopper–Pearson test of P(event) against a threshold, on trials drawn by fast-check. */
export function decideRate(
  trial: fc.Arbitrary<boolean>, threshold: number, options: { seed: number; alpha?: number; maxTrials?: number },
): RateDecision {
  return sequentialRate({
    threshold,
    alpha: options.alpha ?? ALPHA,
    maxTrials: options.maxTrials ?? 1600,
    drawBatch: (look, size) => {
      const events = sampleLook(trial, options.seed)(look, size);
      return { held: events.filter(Boolean).length, trials: events.length };
    },
  });
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
    stats: { method: 'Clopper–Pearson, α split over the looks', estimate: d.estimate, lo: d.lo, hi: d.hi, alpha: ALPHA, n: d.trials, claimed: claimedRange },
    evidence: `rate ${fmt(d.estimate)} (${d.held}/${d.trials}), Clopper–Pearson [${fmt(d.lo)}, ${fmt(d.hi)}] at 1 − ${d.alphaPerLook.toExponential(1)}, claimed ${claimed}`,
  };
}

/** Sequential CLT test of a mean against the claimed range, α = 1e-6 over all looks. */
export function runMean(check: MeanCheck, seed: number): CheckResult {
  const m = sequentialMean({
    range: check.range,
    alpha: ALPHA,
    maxTrials: check.maxTrials ?? 3200,
    drawBatch: sampleLook(check.samples, seed),
  });
  const verdict = m.decision === 'inside' ? 'supported' : m.decision === 'outside' ? 'refuted' : 'inconclusive';
  const [a, b] = check.range;
  const stats = { method: 'CLT interval, α split over the looks', estimate: m.mean, lo: m.lo, hi: m.hi, alpha: ALPHA, n: m.n, claimed: { lo: a, hi: b } };
  return { label: check.label, kind: 'mean', verdict, certified: false, runs: m.n, stats, evidence: `mean ${fmt(m.mean)} over ${m.n}, interval [${fmt(m.lo)}, ${fmt(m.hi)}] at 1 − ${m.alphaPerLook.toExponential(1)}, claimed in [${a}, ${b}]` };
}
