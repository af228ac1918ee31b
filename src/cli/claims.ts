import { resolve } from 'node:path';
import { loadLedgerEntries } from '../claims/ledger.js';
import { agrees, statedVerdict } from '../claims/proof-verdict.js';
import { formatResult } from '../claims/report.js';
import type { ClaimResult } from '../claims/run-claim.js';
import { serveClaims } from '../claims/claim-worker.js';
import { type ClaimLimits, limitsOf } from '../claims/limits.js';
import type { Claim } from '../lang/claim.js';
import { errorRow, runClaims } from '../claims/run-ledger.js';
import { tscPath, typeErrors } from '../claims/typecheck.js';
import { checkKnown, CLAIMS_HELP, claimsOptions } from './claims-options.js';
import type { Command } from './main.js';
import { humanDuration, type Progress, progressBar } from './progress.js';

/**
 * The run's length said up front: at most Σ limits ÷ K + the largest limit (list scheduling on
 * K workers), start-up aside; then a bar, or a line every 30 s off a terminal.
 */
function claimsProgress(claims: readonly Claim[], workers: number, override: Partial<ClaimLimits>): Progress {
  const seconds = claims.map((c) => {
    try {
      return limitsOf(c, override).seconds;
    } catch {
      return 0; // refused, not run (an error row)
    }
  });
  const k = Math.max(1, Math.min(workers, claims.length));
  const bound = seconds.reduce((a, b) => a + b, 0) / k + Math.max(0, ...seconds);
  const upFront = `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'} on ${k} worker ${k === 1 ? 'process' : 'processes'}, each stopped at its time limit (${[...new Set(seconds.filter((s) => s > 0))].join(', ')} s): at most ${humanDuration(bound)}`;
  return progressBar(claims.length, 'claims', { unit: ['claim', 'claims'], parallel: k, upFront });
}

/**
 * Compiles proofs/formal/ and checks each claim's pinned theorem here, before the pool, so that
 * Coq's work (cached after the first time) never counts against a claim's time limit.
 */
async function checkFormalFirst(claims: readonly Claim[]): Promise<void> {
  const refs = claims.flatMap((c) => (c.formal ? [c.formal] : []));
  if (refs.length === 0) return;
  const { checkFormalAll } = await import('../formal/pinned.js');
  const slow = setTimeout(() => process.stderr.write(`claims: compiling proofs/formal/ and checking ${refs.length} Coq theorem(s) first (cached afterwards; not counted in any claim's time limit)\n`), 2000);
  try {
    await checkFormalAll(refs);
  } finally {
    clearTimeout(slow);
  }
}

const evidenceOf = (r: ClaimResult): string =>
  r.error ? `error: ${r.error}` : r.checks.map((c) => `${c.label}: ${c.evidence}`).join('; ') + (r.saved ? `; saved ${r.saved}` : '');

function table(results: ClaimResult[]): string {
  const rows = results.map((r) => [r.id, r.verdict, r.proof, evidenceOf(r)]);
  const head = ['id', 'verdict', 'proof', 'evidence'];
  const w = [0, 1, 2].map((c) => Math.max(head[c]!.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((x, c) => (c < 3 ? x.padEnd(w[c]!) : x)).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/** The proof's stated verdict, or undefined when the proof is missing or has no verdict line. */
function stated(r: ClaimResult): ReturnType<typeof statedVerdict> | undefined {
  try {
    return statedVerdict(r.proof);
  } catch {
    return undefined;
  }
}

const jsonOf = (r: ClaimResult) => ({
  id: r.id, name: r.name, verdict: r.verdict, stated: stated(r) ?? null, proof: r.proof, property: r.property, statement: r.statement, hypotheses: r.hypotheses ?? '', source: r.source ?? '',
  evidence: evidenceOf(r), checks: r.checks.map(({ counterexample, ...c }) => c), counterexample: r.saved ?? null, seed: r.seed,
  uses: r.uses, ...(r.formal ? { formal: formalOf(r.formal) } : {}),
  ...(r.error ? { error: r.error } : {}),
});

/** The claim's Coq theorem: file (repo-relative), theorem, statement, scope, and whether it checked here. */
const formalOf = ({ file, theorem, statement, scope, status }: NonNullable<ClaimResult['formal']>) =>
  ({ file, theorem, statement, scope, checked: status.checked, ...(status.checked ? {} : { why: status.why }) });

/** A type error in a claim's file makes its row an error, naming the file and the first diagnostic. */
const withTypeErrors = (results: ClaimResult[], errors: Map<string, string>): ClaimResult[] =>
  results.map((r) => {
    const diagnostic = errors.get(resolve(r.property)) ?? [...errors.entries()].find(([f]) => f.endsWith(r.property))?.[1];
    return diagnostic && r.verdict !== 'error' ? { ...r, verdict: 'error', error: diagnostic } : r;
  });

export const claimsCommand: Command = {
  summary: 'claims [--json] [--verbose] [--only ID,ID…] [--seed S] [--workers K] [--dir DIR] [--time-limit S] [--memory-limit MiB]',
  help: CLAIMS_HELP,
  async run(args) {
    const { seed, workers, only, limits, ...values } = claimsOptions(args);
    if (values.worker) return serveClaims();
    const all = await loadLedgerEntries(values.dir && resolve(values.dir));
    if (only) checkKnown(only, all.map((e) => ('claim' in e ? e.claim.id : e.id)));
    const entries = all.filter((e) => !only || only.includes('claim' in e ? e.claim.id : e.id));
    const claims = entries.flatMap((e) => ('claim' in e ? [e.claim] : []));
    const checking = typeErrors();
    if (tscPath() === undefined) process.stderr.write('why-alignment claims: type check skipped: typescript (a devDependency) is not installed, so a claim file with a type error runs as written\n');
    await checkFormalFirst(claims);
    const progress = claimsProgress(claims, workers, limits);
    let finished = 0;
    const ran = await runClaims(claims, { seed, workers, bin: process.argv[1]!, limits, onResult: () => progress.update(++finished) }).finally(() => progress.end());
    const byId = new Map(ran.map((r) => [r.id, r]));
    const results = withTypeErrors(entries.map((e) => ('claim' in e ? byId.get(e.claim.id)! : errorRow(e, seed))), await checking);
    const disagreements = results.filter((r) => r.verdict !== 'error' && stated(r) !== undefined && stated(r) !== 'open' && !agrees(stated(r)!, r.verdict));
    const output = values.json ? JSON.stringify({ claims: results.map(jsonOf) }, null, 2) : values.verbose ? results.map(formatResult).join('\n\n') : table(results);
    process.stdout.write(`${output}\n`);
    for (const r of results.filter((x) => x.verdict === 'error')) process.stderr.write(`why-alignment claims: ${r.id}: error: ${r.error}\n`);
    for (const r of disagreements) process.stderr.write(`why-alignment claims: ${r.id}: computed ${r.verdict}, but ${r.proof} states ${stated(r)}\n`);
    return results.some((r) => r.verdict === 'error') || disagreements.length > 0 ? 1 : 0;
  },
};
