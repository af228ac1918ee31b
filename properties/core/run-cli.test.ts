/** The tests' own way to run the bin (run-cli.ts): a run that hangs fails its test with a diagnosis and is killed. */
import { describe, expect, it } from 'vitest';
import { runBin } from './run-cli.js';

describe('runBin (the tests\' way to run the bin)', () => {
  it('stops a run that outlives its limit and says so (with the diagnostic report an idle hang writes)', async () => {
    // Act: a run of many seconds, given 1 s (busy computing, it writes no report before the kill)
    const started = Date.now();
    const { code, stderr } = await runBin(['reproduce', '--trials', '1000', '--workers', '1', '--layers', '20', '--width', '100', '--batch', '100'], 1_000);
    // Assert: the callback comes once the child has exited: within the limit plus the report's grace
    expect(code).toBe(-1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stderr).toMatch(/hung after 1000 ms: (no diagnostic report|\S+report\.\S+\.json; active handles: .*; stack: )/);
  });
});
