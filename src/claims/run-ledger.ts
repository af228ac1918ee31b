import { resolve } from 'node:path';
import type { Claim } from '../lang/claim.js';
import { REPO_ROOT } from '../lang/define.js';
import { type ClaimJob, errorResult, runInPool } from './claim-pool.js';
import { type ClaimLimits, limitsOf } from './limits.js';
import type { LedgerEntry } from './ledger.js';
import { type ClaimResult, defaultSeed } from './run-claim.js';

/** A claim file that could not be loaded: an error row, never a verdict. */
export function errorRow(e: Extract<LedgerEntry, { error: string }>, seed?: number): ClaimResult {
  const { id, name, proof, property, error } = e;
  return { id, name, statement: '', verdict: 'error', proof, property, checks: [], seed: seed ?? defaultSeed(id), seconds: 0, error, uses: [] };
}

/** A rough cost, to start the heavy claims first: statistical checks are the heavy ones. */
const cost = (c: Claim): number => c.checks.reduce((a, k) => a + (k.kind === 'rate' || k.kind === 'mean' ? 6 : k.kind === 'identity' || k.kind === 'expectation' ? 1 : 2), 0);

/**
 * Runs the ledger's claims on `workers` worker processes (src/claims/claim-pool.ts), each claim
 * under its limits (`limits` overrides every claim's own), heaviest first; results in ledger order.
 */
export async function runClaims(claims: readonly Claim[], o: { seed?: number; workers: number; bin: string; limits?: Partial<ClaimLimits>; onResult?: (r: ClaimResult) => void }): Promise<ClaimResult[]> {
  const jobs: ClaimJob[] = [];
  const refused: ClaimResult[] = [];
  for (const claim of claims) {
    try {
      jobs.push({ claim, file: resolve(REPO_ROOT, claim.property), limits: limitsOf(claim, o.limits) });
    } catch (e) {
      refused.push(errorResult(claim, (e as Error).message, o.seed)); // its own limits are out of range: not run
      o.onResult?.(refused.at(-1)!);
    }
  }
  const heavyFirst = jobs.sort((a, b) => cost(b.claim) - cost(a.claim));
  const results = [...refused, ...(await runInPool(heavyFirst, o))];
  return claims.map((c) => results.find((r) => r.id === c.id)!);
}
