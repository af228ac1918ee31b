import fc from 'fast-check';
import type { Sample, Verdict } from './claim.js';

export interface Counterexample {
  readonly value: Sample;
  /** fast-check's rendering: networks as aligned matrices. */
  readonly display: string;
  readonly seed: number;
  /** fast-check's replay path. */
  readonly path: string;
  /** Why the property failed there. */
  readonly reason: string;
}

export interface CheckResult {
  readonly label: string;
  readonly verdict: Verdict;
  readonly evidence: string;
  readonly counterexample?: Counterexample;
}

export function counterexampleOf<T extends Sample>(details: fc.RunDetails<[T]>): Counterexample {
  const [value] = details.counterexample!;
  return {
    value,
    display: fc.stringify(value),
    seed: details.seed,
    path: details.counterexamplePath ?? '',
    reason: details.errorInstance instanceof Error ? details.errorInstance.message.split('\n')[0]! : 'the predicate returned false',
  };
}

/** refuted if any part is; else inconclusive if any is; else supported if any is; else proved. */
export function combine(verdicts: readonly Verdict[]): Verdict {
  for (const v of ['refuted', 'inconclusive', 'supported'] as const) if (verdicts.includes(v)) return v;
  return 'proved';
}
