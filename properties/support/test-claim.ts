import { runClaim, type ClaimResult } from '../../src/claims/run-claim.js';
import type { Claim } from '../../src/lang/claim.js';
import { agrees, statedVerdict } from '../../src/claims/proof-verdict.js';
import { formatResult } from '../../src/claims/report.js';
import { registration } from '../../src/lang/registration.js';
import { expectHonestEvidence } from './evidence.js';

/**
 * Registers a claim as a vitest test (only under vitest: the claims CLI imports the
 * same file for its `claim`). The test runs the claim and asserts that the computed
 * verdict is the one its proof states; a failure prints the counterexample as
 * matrices, the replay seed and path, the saved network file and the proof to read.
 * It also checks the printed evidence (properties/support/evidence.ts): a proved claim is
 * certified at every shape it covers, shapes lie within their bounds, printed bounds and
 * intervals agree with the verdict; `expectations` adds the claim's own. WHY_ALIGNMENT_VERBOSE=1
 * prints saved counterexamples.
 * WHY_ALIGNMENT_SEED overrides the claim's default seed.
 */
export async function testClaim(claim: Claim, expectations?: (result: ClaimResult) => void): Promise<void> {
  if (!process.env.VITEST || registration.suppressed) return;
  const { expect, it } = await import('vitest');
  it(`${claim.id} ${claim.name}`, async () => {
    // Arrange
    const stated = statedVerdict(claim.proof);
    const seed = process.env.WHY_ALIGNMENT_SEED ? Number(process.env.WHY_ALIGNMENT_SEED) : undefined;
    // Act
    const result: ClaimResult = await runClaim(claim, seed);
    // Assert
    const report = formatResult(result);
    if (!agrees(stated, result.verdict)) {
      expect.fail(`${claim.proof} states ${stated}, but running the claim gives ${result.verdict}\n${report}`);
    }
    expectHonestEvidence(claim, result);
    expectations?.(result);
    if (result.saved && process.env.WHY_ALIGNMENT_VERBOSE) console.log(report);
  });
}
