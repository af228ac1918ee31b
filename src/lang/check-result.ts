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

/** A statistical decision's numbers: the interval reached and the claimed bound it was compared with. */
export interface StatEvidence {
  /** e.g. "Clopper–Pearson, Bonferroni over 6 looks" or "betting confidence sequence". */
  readonly method: string;
  readonly estimate: number;
  readonly lo: number;
  readonly hi: number;
  /** The decision's total error probability. */
  readonly alpha: number;
  /** Samples used. */
  readonly n: number;
  /** The claimed range: a rate "> p" is { lo: p }, "< p" is { hi: p }; a mean in [a, b] is { lo: a, hi: b }. */
  readonly claimed: { readonly lo?: number; readonly hi?: number };
}

/** A machine certificate behind a universal check, at one shape. */
export interface Certificate {
  /**
   * schwartz-zippel: a polynomial identity with a computed degree; z3-unsat: the negation is unsat
   * over all reals; wick-exact: an expectation computed exactly by Wick's theorem equals the claimed value.
   */
  readonly kind: 'schwartz-zippel' | 'z3-unsat' | 'sos-identity' | 'wick-exact';
  /** The shape it covers, e.g. "linear 2-3-1, batch 2". */
  readonly shape: string;
  /** The bound or the solver's statement, for a person. */
  readonly detail: string;
}

/** What a universal check covers. */
export interface Scope {
  /** every shape: a formal proof; drawn shapes: certificates or search at shapes drawn within bounds; stated values: an exact computation at the sizes it names. */
  readonly covers: 'every shape' | 'drawn shapes' | 'stated values';
  /** In words, e.g. "depth 2, widths 1–4, one sample", or the formal theorem's "any depth L, any widths and batch". */
  readonly words: string;
}

export interface CheckResult {
  readonly label: string;
  readonly kind: 'forall' | 'identity' | 'exists' | 'rate' | 'mean' | 'expectation';
  readonly verdict: Verdict;
  /** Universal checks: true when every shape it covers has a certificate; expectation checks: when the exact value equals the claimed one. */
  readonly certified: boolean;
  /** Runs (identity, exists), samples (rate, mean), or 1 (an expectation, computed once). */
  readonly runs: number;
  readonly evidence: string;
  readonly certificates?: readonly Certificate[];
  /** The shapes a universal check covered, e.g. "linear 2-3-1, batch 2". */
  readonly shapes?: readonly string[];
  readonly stats?: StatEvidence;
  /** Universal checks (forall, identity, expectation): what the verdict covers. */
  readonly scope?: Scope;
  readonly counterexample?: Counterexample;
  /** The failing quantity of a counterexample, e.g. "local_1 · distant_12 = -0.75 < 0". */
  readonly quantity?: string;
  /** verdict error: "file:line message". */
  readonly error?: string;
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

/** The ladder, weakest first: a claim reads as its weakest check. */
export const LADDER = ['error', 'refuted', 'inconclusive', 'unrefuted', 'supported', 'certified', 'proved'] as const satisfies readonly Verdict[];

/** The weakest part decides (LADDER); no checks at all is no proof: inconclusive. */
export function combine(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0) return 'inconclusive';
  return LADDER.find((v) => verdicts.includes(v))!;
}
