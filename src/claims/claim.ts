import type fc from 'fast-check';
import type { NetworkSpec } from '../io/network-file.js';

/**
 * proved: every universal check is backed by a machine certificate at every shape it covers;
 * unrefuted: a universal check survived exact search but has no certificate;
 * supported: a statistical bound holds with the stated confidence;
 * refuted: an exact counterexample (re-checked), or a confidence bound on the wrong side;
 * inconclusive: neither, within the budget; error: the claim's code threw something that is
 * not its own failure signal.
 */
export type Verdict = 'proved' | 'unrefuted' | 'supported' | 'refuted' | 'inconclusive' | 'error';

/** A value a property runs on, and the network it can be replayed as. */
export interface Sample {
  readonly spec: NetworkSpec;
}

/** "For all t: predicate(t)". Exact over a uniform draw from a set of size setSize. */
export interface IdentityCheck<T extends Sample> {
  readonly kind: 'identity';
  readonly label: string;
  /** One arbitrary per shape, smallest first; runs are shared out evenly. */
  readonly arbitraries: readonly fc.Arbitrary<T>[];
  /** Throws or returns false where the claim fails. */
  readonly predicate: (t: T) => boolean | void;
  /** Total degree of (lhs − rhs) in the entries; undefined when not a polynomial identity. */
  readonly degree?: (t: T) => number | undefined;
  /** |S|, the set every entry is drawn from uniformly. */
  readonly setSize?: number;
  /** Over all shapes. @defaultValue 100 */
  readonly numRuns?: number;
}

/** "There is a t with predicate(t)": a witness search (e.g. a counterexample to a conjecture). */
export interface ExistsCheck<T extends Sample> {
  readonly kind: 'exists';
  readonly label: string;
  readonly arbitrary: fc.Arbitrary<T>;
  readonly predicate: (t: T) => boolean;
  /** @defaultValue 1000 */
  readonly numRuns?: number;
}

/** "P(event) > threshold" (direction above) or "< threshold" (below) over random nets. */
export interface RateCheck {
  readonly kind: 'rate';
  readonly label: string;
  readonly threshold: number;
  readonly direction: 'above' | 'below';
  /** One trial from a seeded generator: does the event hold? */
  readonly trial: fc.Arbitrary<boolean>;
  /** @defaultValue 1600 */
  readonly maxTrials?: number;
}

/** "E[value] ∈ [lo, hi]" over random nets (e.g. a cosine near a printed figure). */
export interface MeanCheck {
  readonly kind: 'mean';
  readonly label: string;
  readonly range: readonly [number, number];
  readonly samples: fc.Arbitrary<number>;
  /** Samples at most, drawn in doubling looks from 200. @defaultValue 3200 */
  readonly maxTrials?: number;
}

export type Check = IdentityCheck<any> | ExistsCheck<any> | RateCheck | MeanCheck;

/** A claim of the note (or a conjecture): its statement and the checks that decide it. */
export interface ClaimSpec {
  /** The claim in words and formulas. */
  readonly statement: string;
  readonly hypotheses: string;
  /** Where in the note it comes from, or "new". */
  readonly source: string;
  readonly checks: readonly Check[];
}

export interface Claim extends ClaimSpec {
  /** "C1", "T4": the file name's first part. */
  readonly id: string;
  /** "global_eq_local_add_distant": the file name's second part. */
  readonly name: string;
  /** Repo-relative paths. */
  readonly property: string;
  readonly proof: string;
}
