/**
 * Claims under limits, through the CLI (npm run test:slow: about 10 s of waiting on purpose):
 * conjectures that loop forever, wait on a process, fill the heap or buffers, or crash, beside an
 * ordinary claim, end as error rows naming their limit within their budget; the ordinary claim
 * keeps its verdict, the JSON is whole, `claims` exits 1, and no process is left.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { limitsLedger, processesTagged } from '../support/limits-ledger.js';
import { runBin } from './run-cli.js';

const ledger = limitsLedger('tmp-limits-cli');
const root = ledger.root;
afterAll(ledger.remove);

type Row = { id: string; verdict: string; error?: string };

describe('claims under limits, through the CLI', () => {
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

});
