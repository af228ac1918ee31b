import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../lang/define.js';
import { InputError } from '../io/input-error.js';
import { readBounded } from '../io/read-bounded.js';
import { confineClaimPaths } from '../report/claim-paths.js';
import { parseClaimsJson, type ReportClaim } from '../report/claims-json.js';
import { buildSite } from '../report/site.js';
import { planSite, SITE_MARKER, writeSite } from '../report/site-dir.js';
import { type OptionTable, optionHelp, parseCommandLine, readNumber } from './args.js';
import { CLAIMS_SEED_RANGE } from './claims-options.js';
import type { Command } from './main.js';

const BIN = fileURLToPath(new URL('./why-alignment.mjs', import.meta.url));

/** Runs `why-alignment claims --json` (the ledger) and returns its claims; its refusals become ours. */
function runLedger(only: string | undefined, seed: string | undefined): ReportClaim[] {
  const args = [BIN, 'claims', '--json', ...(only ? [`--only=${only}`] : []), ...(seed !== undefined ? [`--seed=${seed}`] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status === 2) throw new InputError(run.stderr.trim().replace(/^why-alignment claims: /, ''));
  if (run.status !== 0 && run.status !== 1) throw new Error(`claims exited with ${run.status}: ${run.stderr.trim()}`);
  if (run.stderr.trim()) process.stderr.write(run.stderr);
  return parseClaimsJson(run.stdout, 'the output of claims --json');
}

function readFrom(path: string, only: string | undefined): ReportClaim[] {
  const claims = parseClaimsJson(readBounded(path, `--from ${path}`), path);
  const ids = only?.split(',').map((s) => s.trim());
  const missing = ids?.filter((id) => !claims.some((c) => c.id === id)) ?? [];
  if (missing.length) throw new InputError(`--only names no claim ${missing.join(', ')} in ${path}`);
  return ids ? claims.filter((c) => ids.includes(c.id)) : claims;
}

const OPTIONS: OptionTable = {
  out: { type: 'string', value: 'DIR', doc: 'where to write the site (default report/)' },
  only: { type: 'string', value: 'ID,…', doc: 'only these claims' },
  seed: { type: 'string', value: 'S', doc: 'base seed, as for claims', range: CLAIMS_SEED_RANGE },
  from: { type: 'string', value: 'CLAIMS.json', doc: 'build from a saved `claims --json` instead of running the ledger' },
  force: { type: 'boolean', doc: `write into a folder holding files the report did not write: they are kept, and only the site's own files (listed in ${SITE_MARKER}) are replaced` },
};

export const reportCommand: Command = {
  summary: 'report [--out DIR] [--only ID,ID…] [--seed S] [--from CLAIMS.json] [--force]',
  help: ['The ledger as a static site.', ...optionHelp(OPTIONS)],
  run(args) {
    const parsed = parseCommandLine(args, OPTIONS).values;
    const values = parsed as { out?: string; only?: string; seed?: string; from?: string; force?: boolean };
    if (values.seed !== undefined) readNumber(OPTIONS, parsed, 'seed', 0);
    if (values.from !== undefined && values.seed !== undefined) throw new InputError('--seed runs the ledger; it cannot be used with --from');
    if (values.out !== undefined && values.out.trim() === '') throw new InputError('--out must name a folder');
    const plan = planSite(values.out ?? 'report', values.force === true); // before any work
    const origin = values.from ?? 'the output of claims --json';
    const claims = values.from !== undefined ? readFrom(values.from, values.only) : runLedger(values.only, values.seed);
    confineClaimPaths(claims, REPO_ROOT, origin);
    let pages: string[] = [];
    writeSite(plan, (dir) => (pages = buildSite(claims, { root: REPO_ROOT, out: dir, generated: new Date().toISOString().slice(0, 10), ...(values.seed !== undefined ? { seed: values.seed } : {}) })));
    process.stdout.write(`wrote ${pages.length} pages to ${plan.out}; open ${resolve(plan.out, 'index.html')}\n`);
  },
};
