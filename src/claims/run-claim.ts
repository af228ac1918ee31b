import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import { networkToJson } from '../io/network-json.js';
import type { Check, Claim, FormalRef, Verdict } from '../lang/claim.js';
import { type CheckResult, combine } from '../lang/check-result.js';
import { crashed } from './verdicts.js';
import { withFormal } from './formal.js';
import type { FormalStatus } from '../formal/pinned.js';
import { REPO_ROOT } from '../lang/define.js';
import { runCounterexample } from './run-counterexample.js';
import { runExpectation } from './run-expectation.js';
import { runForAll } from './run-forall.js';
import { runExists, runIdentity } from './run-identity.js';
import { runMean, runRate } from './run-statistics.js';

export interface ClaimResult {
  readonly id: string;
  readonly name: string;
  readonly statement: string;
  readonly hypotheses?: string;
  readonly source?: string;
  readonly verdict: Verdict;
  readonly proof: string;
  readonly property: string;
  readonly checks: readonly CheckResult[];
  /** Repo-relative path of the saved counterexample or witness, if any. */
  readonly saved?: string;
  readonly seed: number;
  readonly seconds: number;
  /** The first check's error, "file:line message", when the verdict is error. */
  readonly error?: string;
  /** The formal theorem the claim names, and whether it checked here. */
  readonly formal?: FormalRef & { readonly status: FormalStatus };
  /** Ids of the claims its proof uses. */
  readonly uses: readonly string[];
}

/** A stable seed from a name, e.g. a claim id (FNV-1a), so runs are reproducible. */
export function defaultSeed(id: string): number {
  let h = 0x811c9dc5;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h | 0;
}

function runCheck(check: Check, seed: number): CheckResult | Promise<CheckResult> {
  switch (check.kind) {
    case 'forall':
      return runForAll(check, seed);
    case 'counterexample':
      return runCounterexample(check, seed);
    case 'identity':
      return runIdentity(check, seed);
    case 'exists':
      return runExists(check, seed);
    case 'rate':
      return runRate(check, seed);
    case 'mean':
      return runMean(check, seed);
    case 'expectation':
      return runExpectation(check);
  }
}

/**
 * Runs every check of a claim and combines the verdicts. The first counterexample
 * (or witness) is saved as counterexamples/<id>.json, a network file that
 * `why-alignment gradients counterexamples/<id>.json --exact` replays.
 */
export async function runClaim(claim: Claim, seed = defaultSeed(claim.id)): Promise<ClaimResult> {
  const start = performance.now();
  const checks: CheckResult[] = [];
  for (const [k, c] of claim.checks.entries()) {
    try {
      checks.push(await runCheck(c, seed + k));
    } catch (e) {
      checks.push(crashed({ label: c.label, kind: c.kind === 'counterexample' ? 'exists' : c.kind }, 0, e));
    }
  }
  const lifted = await withFormal(claim, checks);
  const found = checks.find((c) => c.counterexample)?.counterexample;
  let saved: string | undefined;
  if (found) {
    mkdirSync(join(REPO_ROOT, 'counterexamples'), { recursive: true });
    saved = `counterexamples/${claim.id}.json`;
    writeFileAtomic(join(REPO_ROOT, saved), `${JSON.stringify(networkToJson(found.value.spec), null, 2)}\n`, saved);
  }
  const { id, name, statement, hypotheses, source, proof, property } = claim;
  const error = checks.find((c) => c.error)?.error;
  const verdict = combine(lifted.checks.map((c) => c.verdict));
  return { id, name, statement, hypotheses, source, verdict, proof, property, checks: lifted.checks, saved, seed, seconds: (performance.now() - start) / 1000, error, formal: lifted.formal, uses: claim.uses ?? [] };
}
