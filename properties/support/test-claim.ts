import { join } from 'node:path';
import { ClaimSlot } from '../../src/claims/claim-pool.js';
import { limitsOf } from '../../src/claims/limits.js';
import type { ClaimResult } from '../../src/claims/run-claim.js';
import type { Claim } from '../../src/lang/claim.js';
import { REPO_ROOT } from '../../src/lang/define.js';
import { checkFormal } from '../../src/formal/pinned.js';
import { agrees, statedVerdict } from '../../src/claims/proof-verdict.js';
import { formatResult } from '../../src/claims/report.js';
import { registration } from '../../src/lang/registration.js';

/** One worker process per vitest thread, shared by its claim files; an idle one lets vitest exit. */
const slot = new ClaimSlot(join(REPO_ROOT, 'src/cli/why-alignment.mjs'), true);

/** Vitest's allowance beyond a claim's time limit: its worker's start-up and Z3's. */
const START_UP_MS = 30_000;

/**
 * Runs a claim as `why-alignment claims` does: in a worker process, under its limits
 * (src/claims/limits.ts), so one that hangs or eats memory ends as an error row naming the limit.
 */
export async function runUnderLimits(claim: Claim, seed?: number): Promise<ClaimResult> {
  if (claim.formal) await checkFormal(claim.formal); // Coq's compile and check, cached: outside the claim's budget, as claims does
  return slot.run({ claim, file: join(REPO_ROOT, claim.property), limits: limitsOf(claim) }, seed);
}

/**
 * Registers a claim as a vitest test (only under vitest: the claims CLI imports the
 * same file for its `claim`). The test runs the claim and asserts that the computed
 * verdict is the one its proof states; a failure prints the counterexample as
 * matrices, the replay seed and path, the saved network file and the proof to read.
 * It also checks the printed evidence (properties/support/evidence.ts): a proved claim is
 * certified at every shape it covers, shapes lie within their bounds, printed bounds and
 * intervals agree with the verdict; `expectations` adds the claim's own. The claim runs in a
 * worker process under its limits (runUnderLimits): one over budget fails its test with
 * "<id>: no verdict within 60 s (time limit)" and leaves the suite running. WHY_ALIGNMENT_VERBOSE=1
 * prints saved counterexamples.
 * WHY_ALIGNMENT_SEED overrides the claim's default seed.
 */
export async function testClaim(claim: Claim, expectations?: (result: ClaimResult) => void): Promise<void> {
  if (!process.env.VITEST || registration.suppressed) return;
  const { expect, it } = await import('vitest');
  const { expectHonestEvidence } = await import('./evidence.js'); // it imports vitest: not under `claims`, which runs without devDependencies
  it(`${claim.id} ${claim.name}`, { timeout: limitsOf(claim).seconds * 1000 + START_UP_MS }, async () => {
    // Arrange
    const stated = statedVerdict(claim.proof);
    const seed = process.env.WHY_ALIGNMENT_SEED ? Number(process.env.WHY_ALIGNMENT_SEED) : undefined;
    // Act
    const result = await runUnderLimits(claim, seed);
    // Assert
    const report = formatResult(result);
    if (result.verdict === 'error') expect.fail(`${claim.id}: ${result.error}\n${report}`);
    if (!agrees(stated, result.verdict)) {
      expect.fail(`${claim.proof} states ${stated}, but running the claim gives ${result.verdict}\n${report}`);
    }
    expectHonestEvidence(claim, result);
    expectations?.(result);
    if (result.saved && process.env.WHY_ALIGNMENT_VERBOSE) console.log(report);
  });
}
