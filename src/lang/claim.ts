import type fc from 'fast-check';
import type { NetShapes } from './shapes.js';
import type { NetworkSpec } from '../io/network-file.js';
import type { ClaimBody } from './kit.js';

/**
 * The ladder, strongest first. proved: a machine-checked formal proof (Coq) covers every shape
 * (every width and batch, and every depth where the statement is about any depth), beside the
 * certificates at the drawn shapes; certified: every universal check has a machine certificate at
 * every shape it covers, but those shapes are drawn within stated bounds (its scope says which);
 * supported: a statistical bound holds with the stated confidence; unrefuted: a universal check
 * survived exact search but has no certificate; refuted: an exact counterexample (re-checked), or a
 * confidence bound on the wrong side; inconclusive: neither, within the budget; error: the claim's
 * code threw something that is not its own failure signal, or it outran its limits.
 */
export type Verdict = 'proved' | 'certified' | 'unrefuted' | 'supported' | 'refuted' | 'inconclusive' | 'error';

/** A value a property runs on, and the network it can be replayed as. */
export interface Sample {
  readonly spec: NetworkSpec;
}

/**
 * "For all nets of the shapes: claim", the claim written once over a Kit (src/lang/kit.ts),
 * so the tool can search it exactly, compute its degree, and decide it with Z3.
 */
export interface ForAllCheck {
  readonly kind: 'forall';
  readonly label: string;
  /** Bounds the shapes are drawn within. */
  readonly nets: NetShapes;
  readonly claim: ClaimBody;
  /** Exact search runs over all shapes, more on smaller ones. @defaultValue 600 */
  readonly numRuns?: number;
  /** auto: Schwartz–Zippel where the claim is an identity, else Z3; z3: Z3 at every shape. @defaultValue 'auto' */
  readonly solver?: 'auto' | 'z3';
  /** Z3's budget per shape in its deterministic resource units (rlimit); running out is no certificate, never a verdict. @defaultValue 2000000 */
  readonly solverBudget?: number;
  /** Shapes with at most this many free entries go to Z3 when Schwartz–Zippel cannot certify. @defaultValue 12 */
  readonly solverMaxEntries?: number;
  /** Covered by the claim's formal theorem (ClaimSpec.formal), which then makes it proved. @defaultValue true */
  readonly formal?: boolean;
}

/** "Some net of the shapes breaks `claim`": Z3 models first, then exact search. */
export interface CounterexampleCheck {
  readonly kind: 'counterexample';
  readonly label: string;
  readonly nets: NetShapes;
  readonly claim: ClaimBody;
  /** @defaultValue 600 */
  readonly numRuns?: number;
  /** Z3's budget per shape, as ForAllCheck's. @defaultValue 2000000 */
  readonly solverBudget?: number;
  /** Entries pinned to constants for Z3, by name ("x_0_1", "W2_1_0"): a narrower search. @defaultValue {} */
  readonly fixed?: Readonly<Record<string, string>>;
}

/**
 * "For all t: predicate(t)" with an opaque predicate: searched exactly, never certified (its
 * degree cannot be computed), so at best *unrefuted*. The predicate fails by returning false,
 * returning a negative margin, or throwing ClaimFailure (or an AssertionError); anything else
 * it throws is an error.
 */
export interface IdentityCheck<T extends Sample> {
  readonly kind: 'identity';
  readonly label: string;
  /** One arbitrary per shape, smallest first; runs are shared out evenly. */
  readonly arbitraries: readonly fc.Arbitrary<T>[];
  readonly predicate: (t: T) => boolean | void | number | { isNegative(): boolean };
  /** Ignored: a degree is computed by the tool (forall checks), never supplied. */
  readonly degree?: (t: T) => number | undefined;
  /** Ignored, as degree. */
  readonly setSize?: number;
  /** Over all shapes, more on the smaller ones; at least 3000. @defaultValue 3000 */
  readonly numRuns?: number;
}

/** "There is a t with predicate(t)": a witness search (e.g. a counterexample to a conjecture). */
export interface ExistsCheck<T extends Sample> {
  readonly kind: 'exists';
  readonly label: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** True at a witness; a throw is an error, never a witness. */
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
  /**
   * [a, b], known to contain every sample: the exact betting sequence needs it. A moment of an
   * unbounded variable has no exact test by sampling: compute it exactly (ExpectationCheck).
   * @defaultValue [−1, 1], a cosine's range
   */
  readonly bounds?: readonly [number, number];
  /** Samples at most; the test looks after every sample. @defaultValue 3200 */
  readonly maxTrials?: number;
}

/** An expectation computed exactly, beside the value the claim states, both as exact decimal text. */
export interface ExactExpectation {
  /** E[…] computed exactly, e.g. by Wick's theorem over an expanded polynomial (src/theory/wick.ts). */
  readonly exact: string;
  /** The value the claim states for it, computed exactly (e.g. a recursion over exact decimals). */
  readonly claimed: string;
  /** How `exact` was computed, for the evidence: "E tr((JᵀJ)²)/W expanded in 64 variables, by Wick's theorem over 1234 monomials". */
  readonly how: string;
}

/**
 * "E[p] = claimed" for a polynomial p in Gaussian entries, decided exactly rather than by
 * sampling: `compute` expands p with exact coefficients and takes its expectation monomial by
 * monomial (Isserlis / Wick). Equal values are a certificate (proved); different values refute
 * the claim, printing both; a throw is an error.
 */
export interface ExpectationCheck {
  readonly kind: 'expectation';
  readonly label: string;
  readonly compute: () => ExactExpectation;
}

export type Check = ForAllCheck | CounterexampleCheck | IdentityCheck<any> | ExistsCheck<any> | RateCheck | MeanCheck | ExpectationCheck;

/** A theorem of proofs/formal/ that proves a claim's universal checks for every shape. */
export interface FormalRef {
  /** Repo-relative .v file, e.g. "proofs/formal/TwoLayer.v"; its module is imported as WhyAlignment.<base name>. */
  readonly file: string;
  readonly theorem: string;
  /** The theorem's statement, verbatim from the file: re-checked by `exact: theorem`, so a weaker theorem fails. */
  readonly statement: string;
  /** What it covers, in words: "depth 2, any widths n0, n1, n2 and any batch m". */
  readonly scope: string;
}

/** A claim of the note (or a conjecture): its statement and the checks that decide it. */
export interface ClaimSpec {
  /** The claim in words and formulas. */
  readonly statement: string;
  readonly hypotheses: string;
  /** Where in the note it comes from, or "new". */
  readonly source: string;
  readonly checks: readonly Check[];
  /** The formal theorem that proves the claim's universal checks for every shape. */
  readonly formal?: FormalRef;
  /** Ids of the claims its proof uses (the blueprint's arrows), e.g. C9r uses ["C6r", "C7r"]. @defaultValue [] */
  readonly uses?: readonly string[];
  /** Wall seconds and MiB of resident memory this claim may use before it is stopped as an error (src/claims/limits.ts). @defaultValue \{ seconds: 60, memoryMiB: 1024 \} */
  readonly limits?: { readonly seconds?: number; readonly memoryMiB?: number };
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
