import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../lang/claim.js';
import { REPO_ROOT } from '../lang/define.js';
import { readBounded } from '../io/read-bounded.js';

/** What a proof file asserts: a verdict, or `open` for a conjecture's stub. */
export type StatedVerdict = Verdict | 'open';

const LINE = /^\*\*Verdict:\*\*\s*(proved|certified|unrefuted|supported|refuted|inconclusive|error|open)\b/m;

/**
 * Reads the `**Verdict:** …` line of a proof. The suite checks that the verdict
 * computed by running the claim equals it; a stub says `open`, and then the
 * claim is expected to hold (proved, certified, supported or unrefuted), like any property test.
 */
export function statedVerdict(proof: string): StatedVerdict {
  const path = join(REPO_ROOT, proof);
  if (!existsSync(path)) throw new Error(`${proof} is missing: every claim needs a proof (or a stub saying **Verdict:** open)`);
  const match = LINE.exec(readBounded(path, proof));
  if (!match) throw new Error(`${proof} has no "**Verdict:** proved|certified|unrefuted|supported|refuted|inconclusive|open" line`);
  return match[1] as StatedVerdict;
}

/** Does a computed verdict agree with the stated one? A stub (open) expects the conjecture to hold. */
export const agrees = (stated: StatedVerdict, computed: Verdict): boolean =>
  stated === 'open' ? (['proved', 'certified', 'supported', 'unrefuted'] as Verdict[]).includes(computed) : stated === computed;
