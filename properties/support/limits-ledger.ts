/**
 * A temporary ledger of runaway conjectures (properties/fixtures/conjectures/runaway.ts) beside a
 * crashing and an ordinary claim, for the claim-limits tests.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/lang/define.js';
import { CRASHING } from '../fixtures/conjectures/rare.js';
import { HOARDING_BUFFERS, HOARDING_HEAP, LOOPING, WAITING } from '../fixtures/conjectures/runaway.js';

export const BIN = join(REPO_ROOT, 'src/cli/why-alignment.mjs');
const ORDINARY = readFileSync(join(REPO_ROOT, 'properties/fixtures/sample-ledger/properties/X1-local_dot_distant_nonneg.property.test.ts'), 'utf8');
const FILES = { Z1: ['loops_on_zero', LOOPING], Z2: ['hoards_heap', HOARDING_HEAP], Z3: ['hoards_buffers', HOARDING_BUFFERS], Z4: ['crashes', CRASHING], Z5: ['ordinary', ORDINARY], Z6: ['waits_on_a_process', WAITING] } as const;
export type LimitsId = keyof typeof FILES;

/** Writes the ledger under properties/fixtures/<name>-<pid>/; returns its root and each claim file's path. */
export function limitsLedger(name: string): { root: string; file: (id: LimitsId) => string; remove: () => void } {
  const root = join(REPO_ROOT, 'properties/fixtures', `${name}-${process.pid}`);
  const file = (id: LimitsId) => join(root, 'properties', `${id}-${FILES[id][0]}.property.test.ts`);
  mkdirSync(join(root, 'properties'), { recursive: true });
  mkdirSync(join(root, 'proofs'), { recursive: true });
  for (const [id, [stem, text]] of Object.entries(FILES)) {
    writeFileSync(file(id as LimitsId), text);
    writeFileSync(join(root, 'proofs', `${id}-${stem}.md`), `# ${id}\n\n**Verdict:** open\n`);
  }
  const remove = () => {
    rmSync(root, { recursive: true, force: true });
    for (const id of Object.keys(FILES)) rmSync(join(REPO_ROOT, 'counterexamples', `${id}.json`), { force: true });
  };
  return { root, file, remove };
}

/** Processes (other than this one) whose environment holds `tag`: a run's leftovers. */
export function processesTagged(tag: string): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(tag);
    } catch {
      return false; // gone, or not ours
    }
  }).map(Number);
}
