import { execFile } from 'node:child_process';
import { closeZ3 } from '../certify/z3-decide.js';
import type { Claim } from '../lang/claim.js';
import type { LedgerEntry } from './ledger.js';
import { type ClaimResult, defaultSeed, runClaim } from './run-claim.js';

/** A claim file that could not be loaded: an error row, never a verdict. */
export function errorRow(e: Extract<LedgerEntry, { error: string }>, seed?: number): ClaimResult {
  const { id, name, proof, property, error } = e;
  return { id, name, statement: '', verdict: 'error', proof, property, checks: [], seed: seed ?? defaultSeed(id), seconds: 0, error, uses: [] };
}

/** A rough cost, to share claims between workers: statistical checks are the heavy ones. */
const cost = (c: Claim): number => c.checks.reduce((a, k) => a + (k.kind === 'rate' || k.kind === 'mean' ? 6 : k.kind === 'identity' || k.kind === 'expectation' ? 1 : 2), 0);

/** Greedy split into n groups of about equal cost, each in ledger order. */
export function split(claims: readonly Claim[], n: number): Claim[][] {
  const groups = Array.from({ length: n }, () => ({ cost: 0, claims: [] as Claim[] }));
  for (const c of [...claims].sort((a, b) => cost(b) - cost(a))) {
    const g = groups.reduce((best, x) => (x.cost < best.cost ? x : best));
    g.cost += cost(c);
    g.claims.push(c);
  }
  return groups.map((g) => claims.filter((c) => g.claims.includes(c))).filter((g) => g.length > 0);
}

/** Runs claims in this process, one after another. */
export async function runHere(claims: readonly Claim[], seed: number | undefined): Promise<ClaimResult[]> {
  const results: ClaimResult[] = [];
  try {
    for (const c of claims) results.push(await runClaim(c, seed));
  } finally {
    await closeZ3();
  }
  return results;
}

/** Runs one group in a child process (`claims --results-json --only …`), returning its results. */
function runChild(bin: string, dir: string | undefined, ids: string[], seed: number | undefined): Promise<ClaimResult[]> {
  const args = [bin, 'claims', '--results-json', '--only', ids.join(','), ...(seed === undefined ? [] : [`--seed=${seed}`]), ...(dir ? ['--dir', dir] : [])];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 1 << 28, env: { ...process.env, WHY_ALIGNMENT_CLAIMS_WORKERS: '1' } }, (err, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as ClaimResult[]);
      } catch {
        reject(new Error(`a claims worker failed: ${(stderr || err?.message || 'no output').split('\n')[0]}`));
      }
    });
  });
}

/** Runs the ledger's claims on `workers` processes (this one when 1), results in ledger order. */
export async function runClaims(claims: readonly Claim[], o: { seed?: number; workers: number; bin: string; dir?: string }): Promise<ClaimResult[]> {
  if (o.workers <= 1 || claims.length <= 1) return runHere(claims, o.seed);
  const groups = split(claims, o.workers);
  const parts = await Promise.all(groups.map((g) => runChild(o.bin, o.dir, g.map((c) => c.id), o.seed)));
  const byId = new Map(parts.flat().map((r) => [r.id, r]));
  return claims.map((c) => byId.get(c.id)!);
}
