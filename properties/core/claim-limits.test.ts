/**
 * Claims under limits: a claim that loops forever is an error row naming its limit, within its
 * budget, run by the pool and as vitest runs a claim file (runUnderLimits); limits are read and
 * refused as documented. The CLI run of every runaway kind: claim-limits-cli.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadClaim } from '../../src/claims/ledger.js';
import { limitsOf } from '../../src/claims/limits.js';
import { runClaims } from '../../src/claims/run-ledger.js';
import { claimsOptions } from '../../src/cli/claims-options.js';
import { BIN, limitsLedger } from '../support/limits-ledger.js';
import { runUnderLimits } from '../support/test-claim.js';

const { file, remove } = limitsLedger('tmp-limits');
afterAll(remove);

describe('claims under limits', () => {
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
