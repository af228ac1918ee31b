/**
 * npm run verify:stats [-- --runs 30] [--large]: runs every statistical property (the rate
 * tables and the ledger's C3, C4, C5) again and again, each time with a fresh random
 * seed (printed, so a failure replays with WHY_ALIGNMENT_SEED=…). --large raises the
 * trial budget (STATS_SIZE=large). Exits 1 if any run fails. Its length is said on stderr
 * (src/cli/progress.ts): an estimate after the first run, a line every 30 s off a terminal.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { progressBar } from '../../src/cli/progress.js';

const STATISTICAL = [
  'properties/stats',
  'properties/C3-local_usually_aligns_global_and_distant.property.test.ts',
  'properties/C4-twenty_layer_all_pairs_positive.property.test.ts',
  'properties/C5-two_layer_local_distant_usually_aligned.property.test.ts',
];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, large: { type: 'boolean' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`verify-stats: --runs must be a positive integer, got ${values.runs}\n`);
  process.exit(2);
}
/** One vitest process over the statistical files: its exit status and its stdout. */
const vitestRun = (env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string }> =>
  new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', ...STATISTICAL], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (status) => resolve({ status, stdout }));
  });

let [passed, failed] = [0, 0];
const progress = progressBar(runs, 'verify:stats', { unit: ['run', 'runs'] });
for (let k = 1; k <= runs; k++) {
  const seed = randomInt(-(2 ** 31), 2 ** 31);
  const start = performance.now();
  const env = { ...process.env, WHY_ALIGNMENT_SEED: String(seed), ...(values.large ? { STATS_SIZE: 'large' } : {}) };
  const result = await vitestRun(env); // not spawnSync: the progress timer must run meanwhile
  const ok = result.status === 0;
  if (ok) passed++;
  else failed++;
  process.stdout.write(`run ${k}/${runs}: seed ${seed}: ${ok ? 'pass' : 'FAIL'} (${((performance.now() - start) / 1000).toFixed(1)} s)\n`);
  if (!ok) process.stdout.write(`${result.stdout.split('\n').filter((l) => /FAIL|claimed P|Error|×/.test(l)).join('\n')}\n`);
  progress.update(k);
}
progress.end();
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
