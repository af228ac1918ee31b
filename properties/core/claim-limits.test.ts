/**
 * Claims under limits: conjectures that loop forever, allocate without bound or crash, each
 * beside an ordinary claim, end as error rows naming their limit within their budget; the
 * ordinary claim keeps its verdict, the JSON is whole, `claims` exits 1, and no worker process
 * is left. The same claim run as vitest runs it (runUnderLimits) ends the same way.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaim } from '../../src/claims/ledger.js';
import { limitsOf } from '../../src/claims/limits.js';
import { runClaims } from '../../src/claims/run-ledger.js';
import { claimsOptions } from '../../src/cli/claims-options.js';
import { REPO_ROOT } from '../../src/lang/define.js';
import { CRASHING } from '../fixtures/conjectures/rare.js';
import { HOARDING_BUFFERS, HOARDING_HEAP, LOOPING, WAITING } from '../fixtures/conjectures/runaway.js';
import { runUnderLimits } from '../support/test-claim.js';
import { runBin } from './run-cli.js';

const BIN = join(REPO_ROOT, 'src/cli/why-alignment.mjs');
const root = join(REPO_ROOT, 'properties/fixtures', `tmp-limits-${process.pid}`);
const ORDINARY = readFileSync(join(REPO_ROOT, 'properties/fixtures/sample-ledger/properties/X1-local_dot_distant_nonneg.property.test.ts'), 'utf8');
const FILES = { Z1: ['loops_on_zero', LOOPING], Z2: ['hoards_heap', HOARDING_HEAP], Z3: ['hoards_buffers', HOARDING_BUFFERS], Z4: ['crashes', CRASHING], Z5: ['ordinary', ORDINARY], Z6: ['waits_on_a_process', WAITING] } as const;
const file = (id: keyof typeof FILES) => join(root, 'properties', `${id}-${FILES[id][0]}.property.test.ts`);

beforeAll(() => {
  mkdirSync(join(root, 'properties'), { recursive: true });
  mkdirSync(join(root, 'proofs'), { recursive: true });
  for (const [id, [name, text]] of Object.entries(FILES)) {
    writeFileSync(file(id as keyof typeof FILES), text);
    writeFileSync(join(root, 'proofs', `${id}-${name}.md`), `# ${id}\n\n**Verdict:** open\n`);
  }
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  for (const id of Object.keys(FILES)) rmSync(join(REPO_ROOT, 'counterexamples', `${id}.json`), { force: true });
});

/** Processes (other than this one) whose environment holds `tag`: a run's leftovers. */
function processesTagged(tag: string): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(tag);
    } catch {
      return false; // gone, or not ours
    }
  }).map(Number);
}

type Row = { id: string; verdict: string; error?: string };

describe('claims under limits', () => {
  it('loops, waits, hoards and crashes are error rows naming their limit; the ordinary claim keeps its verdict; exit 1; no process left', async () => {
    // Arrange
    const tag = `WHY_ALIGNMENT_TEST_RUN=${randomUUID()}`;
    process.env.WHY_ALIGNMENT_TEST_RUN = tag.split('=')[1];
    const start = performance.now();
    // Act
    const { code, stdout, stderr } = await runBin(['claims', '--json', '--dir', join(root, 'properties'), '--seed', '3', '--workers', '2']).finally(() => delete process.env.WHY_ALIGNMENT_TEST_RUN);
    const seconds = (performance.now() - start) / 1000;
    // Assert
    expect(code, stderr).toBe(1);
    const rows = JSON.parse(stdout).claims as Row[];
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(rows.map((r) => r.id)).toEqual(['Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'Z6']);
    expect(byId.Z1).toMatchObject({ verdict: 'error', error: 'no verdict within 2 s (time limit)' });
    expect(byId.Z2!.verdict).toBe('error');
    expect(byId.Z2!.error).toMatch(/^no verdict within 400 MiB: .*\(memory limit: 400 MiB\)$/);
    expect(byId.Z3!.verdict).toBe('error');
    expect(byId.Z3!.error).toMatch(/^no verdict within 400 MiB: its process reached \d+ MiB \(memory limit: 400 MiB\)$/);
    expect(byId.Z4!.verdict).toBe('error');
    expect(byId.Z4!.error).toMatch(/Z4-crashes\.property\.test\.ts:\d+ TypeError/);
    expect(byId.Z5!.verdict).toBe('refuted');
    expect(byId.Z6).toMatchObject({ verdict: 'error', error: 'no verdict within 2 s (time limit)' });
    expect(stderr).toMatch(/Z1: error: no verdict within 2 s \(time limit\)/);
    expect(seconds).toBeLessThan(45); // 2 s of looping, the hoards' seconds, the worker start-ups: never a stall
    expect(processesTagged(tag)).toEqual([]); // Z6's sleep included: a worker is killed with its process group
  });

  it('a command-line limit overrides a claim\'s own, and a time-out is never a verdict', async () => {
    const claim = await loadClaim(file('Z1'));
    const [r] = await runClaims([claim], { workers: 1, seed: 5, bin: BIN, limits: claimsOptions(['--time-limit', '1']).limits });
    expect(r).toMatchObject({ id: 'Z1', verdict: 'error', error: 'no verdict within 1 s (time limit)', checks: [] });
  });

  it('as vitest runs a claim file (runUnderLimits): a hanging claim is an error row within its budget', async () => {
    const claim = await loadClaim(file('Z1'));
    const start = performance.now();
    const r = await runUnderLimits(claim, 3);
    expect(r).toMatchObject({ id: 'Z1', verdict: 'error', error: 'no verdict within 2 s (time limit)', checks: [] });
    expect((performance.now() - start) / 1000).toBeLessThan(2 + 10);
    expect(r.seconds).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [['--time-limit', '0'], `--time-limit must be a number from 1 to 604800, got "0"`],
    [['--time-limit', '1e6'], '--time-limit must be a number from 1 to 604800'],
    [['--time-limit', 'soon'], '--time-limit must be a number'],
    [['--memory-limit', '255'], '--memory-limit must be an integer from 256 to 1048576, got "255"'],
    [['--memory-limit', '512.5'], '--memory-limit must be an integer'],
    [['--memory-limit', '1048576'], "is more than this machine's memory"],
  ])('%j is refused with one line', (args, message) => {
    expect(() => claimsOptions(args)).toThrow(message);
  });

  it('the command line reads both limits, in range', () => {
    expect(claimsOptions(['--time-limit', '1.5', '--memory-limit', '256']).limits).toEqual({ seconds: 1.5, memoryMiB: 256 });
    expect(claimsOptions([]).limits).toEqual({});
  });

  it("a claim whose own limits are out of range is an error row, not run; the others run", async () => {
    const ordinary = await loadClaim(file('Z5'));
    const broken = { ...ordinary, id: 'Z7', limits: { seconds: 0 } };
    const [a, b] = await runClaims([broken, ordinary], { workers: 1, seed: 3, bin: BIN });
    expect(a).toMatchObject({ id: 'Z7', verdict: 'error', checks: [], error: 'Z7: limits.seconds must lie in [1, 604800], got 0' });
    expect(b).toMatchObject({ id: 'Z5', verdict: 'refuted' });
  });

  it("a claim's own limits outside their ranges are refused, naming the claim; the command line comes first", () => {
    expect(() => limitsOf({ id: 'Q1', limits: { seconds: 0 } })).toThrow(/Q1: limits\.seconds/);
    expect(() => limitsOf({ id: 'Q1', limits: { memoryMiB: 100.5 } })).toThrow(/Q1: limits\.memoryMiB/);
    expect(limitsOf({ id: 'Q1', limits: { seconds: 5 } })).toEqual({ seconds: 5, memoryMiB: 1024 });
    expect(limitsOf({ id: 'Q1', limits: { seconds: 5 } }, { seconds: 9 })).toEqual({ seconds: 9, memoryMiB: 1024 });
    expect(limitsOf({ id: 'Q1' })).toEqual({ seconds: 60, memoryMiB: 1024 });
  });
});
