/**
 * npm run figures [-- --check] [--only reproduce]: draws the committed figures (src/report/figures.ts)
 * into a temporary folder; without --check copies them over proofs/figures/ (tracked files: it says
 * which it rewrote); with --check compares and exits 1 naming each figure that differs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FIGURE_RUNS } from '../src/report/figures.js';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { check: { type: 'boolean' }, only: { type: 'string' } } });
const runs = FIGURE_RUNS.filter((r) => values.only === undefined || r.command.includes(values.only));
const dir = mkdtempSync(join(tmpdir(), 'wa-figures-'));
try {
  for (const r of runs) {
    const [head, ...args] = r.command.replace('DIR', dir).split(' ');
    const argv = head === 'why-alignment' ? [process.execPath, [join(ROOT, 'src/cli/why-alignment.mjs'), ...args]] as const : ['npm', args] as const;
    const run = spawnSync(argv[0], argv[1], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (run.status !== 0) throw new Error(`${r.command} exited with ${run.status}: ${run.stderr.trim()}`);
  }
  const files = runs.flatMap((r) => r.files);
  const committed = (f: string) => join(ROOT, 'proofs/figures', f);
  const differ = files.filter((f) => readFileSync(join(dir, f), 'utf8') !== readFileSync(committed(f), 'utf8'));
  if (values.check) {
    process.stdout.write(differ.length ? `differ from a fresh drawing: ${differ.map((f) => `proofs/figures/${f}`).join(', ')} (npm run figures redraws them)\n` : `proofs/figures/ equals a fresh drawing: ${files.join(', ')}\n`);
    process.exitCode = differ.length ? 1 : 0;
  } else {
    for (const f of files) copyFileSync(join(dir, f), committed(f));
    process.stdout.write(`rewrote the tracked ${files.map((f) => `proofs/figures/${f}`).join(', ')} (${differ.length} changed)\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
