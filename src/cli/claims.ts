import { parseArgs } from 'node:util';
import { loadLedger } from '../claims/ledger.js';
import { agrees, statedVerdict } from '../claims/proof-verdict.js';
import { formatResult } from '../claims/report.js';
import { type ClaimResult, runClaim } from '../claims/run-claim.js';
import { InputError } from '../io/input-error.js';
import { numberOption } from './args.js';
import type { Command } from './main.js';

const evidenceOf = (r: ClaimResult): string =>
  r.checks.map((c) => `${c.label}: ${c.evidence}`).join('; ') + (r.saved ? `; saved ${r.saved}` : '');

function table(results: ClaimResult[]): string {
  const rows = results.map((r) => [r.id, r.verdict, r.proof, evidenceOf(r)]);
  const head = ['id', 'verdict', 'proof', 'evidence'];
  const w = [0, 1, 2].map((c) => Math.max(head[c]!.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((x, c) => (c < 3 ? x.padEnd(w[c]!) : x)).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

export const claimsCommand: Command = {
  summary: 'claims [--json] [--verbose] [--only ID,ID…] [--seed S]',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, verbose: { type: 'boolean' }, only: { type: 'string' }, seed: { type: 'string' } },
    });
    const seed = values.seed === undefined ? undefined : numberOption('seed', values.seed, 0, { integer: true });
    const only = values.only?.split(',').map((s) => s.trim());
    const ledger = (await loadLedger()).filter((c) => !only || only.includes(c.id));
    if (only && ledger.length !== only.length) {
      throw new InputError(`--only names no claim ${only.filter((id) => !ledger.some((c) => c.id === id)).join(', ')}`);
    }
    const results: ClaimResult[] = [];
    const progress = process.stderr.isTTY;
    for (const [k, claim] of ledger.entries()) {
      if (progress) process.stderr.write(`\r[${k + 1}/${ledger.length}] ${claim.id} ${claim.name}\x1b[K`);
      results.push(await runClaim(claim, seed));
    }
    if (progress) process.stderr.write('\r\x1b[K');
    const disagreements = results.filter((r) => !agrees(statedVerdict(r.proof), r.verdict));
    if (values.json) {
      const claims = results.map((r) => ({ id: r.id, name: r.name, verdict: r.verdict, stated: statedVerdict(r.proof), proof: r.proof, property: r.property, evidence: evidenceOf(r), checks: r.checks.map(({ counterexample, ...c }) => c), counterexample: r.saved ?? null, seed: r.seed }));
      process.stdout.write(`${JSON.stringify({ claims }, null, 2)}\n`);
    } else {
      process.stdout.write(`${values.verbose ? results.map(formatResult).join('\n\n') : table(results)}\n`);
    }
    for (const r of disagreements) process.stderr.write(`why-alignment claims: ${r.id}: computed ${r.verdict}, but ${r.proof} states ${statedVerdict(r.proof)}\n`);
    return disagreements.length > 0 ? 1 : 0;
  },
};
