/**
 * npm run verify:stats [-- --runs 30] [--large]: runs every statistical property (the rate
 * tables and the ledger's C3, C4, C5) again and again, each time with a fresh random
 * seed (printed, so a failure replays with WHY_ALIGNMENT_SEED=…). A failing run prints, under
 * its seed, each failing test's file, title and first message line, and the replay command.
 * --large raises the trial budget (STATS_SIZE=large). Exits 1 if any run fails. Its length is said
 * on stderr (src/cli/progress.ts): an estimate after the first run, a line every 30 s off a terminal.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { progressBar } from '../../src/cli/progress.js';

const STATISTICAL = [
  'properties/stats',
  'properties/C3-local_usually_aligns_global_and_distant.property.test.ts',
  'properties/C4-twenty_layer_all_pairs_positive.property.test.ts',
  'properties/C5-two_layer_local_distant_usually_aligned.property.test.ts',
];

interface VitestJson {
  testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

/** "file > title: message" per failing test (or a failing file's own message), from vitest's JSON report. */
function failures(report: VitestJson, root = process.cwd()): string[] {
  const firstLine = (m: string) => m.split('\n').find((l) => l.trim() !== '')?.trim() ?? '(no message)';
  return report.testResults.flatMap((f) => {
    const file = relative(root, f.name);
    const failed = f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${file} > ${a.fullName}: ${firstLine(a.failureMessages[0] ?? '')}`);
    return failed.length > 0 || !f.message ? failed : [`${file}: ${firstLine(f.message)}`];
  });
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, large: { type: 'boolean' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`verify-stats: --runs must be a positive integer, got ${values.runs}\n`);
  process.exit(2);
}
/** One vitest process over the statistical files: its exit status and its stderr. */
const vitestRun = (args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });

const scratch = mkdtempSync(join(tmpdir(), 'verify-stats-'));
let [passed, failed] = [0, 0];
const progress = progressBar(runs, 'verify:stats', { unit: ['run', 'runs'] });
for (let k = 1; k <= runs; k++) {
  const seed = randomInt(-(2 ** 31), 2 ** 31);
  const start = performance.now();
  const env = { ...process.env, WHY_ALIGNMENT_SEED: String(seed), ...(values.large ? { STATS_SIZE: 'large' } : {}) };
  const report = join(scratch, `run-${k}.json`);
  // not spawnSync: the progress timer must run meanwhile
  const result = await vitestRun(['--reporter=dot', '--reporter=json', `--outputFile.json=${report}`, ...STATISTICAL], env);
  const ok = result.status === 0;
  if (ok) passed++;
  else failed++;
  process.stdout.write(`run ${k}/${runs}: seed ${seed}: ${ok ? 'pass' : 'FAIL'} (${((performance.now() - start) / 1000).toFixed(1)} s)\n`);
  if (!ok) {
    let lines: string[];
    try {
      lines = failures(JSON.parse(readFileSync(report, 'utf8')) as VitestJson);
    } catch {
      lines = [`vitest wrote no report (exit ${result.status}): ${result.stderr.trim().split('\n')[0] ?? ''}`];
    }
    for (const l of lines) process.stdout.write(`  ${l}\n`);
    process.stdout.write(`  replay: WHY_ALIGNMENT_SEED=${seed} npx vitest run ${STATISTICAL.join(' ')}\n`);
  }
  progress.update(k);
}
progress.end();
rmSync(scratch, { recursive: true, force: true });
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
