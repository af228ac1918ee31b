/**
 * npm run test:formal: the Coq project of proofs/formal/ compiled from scratch, and every theorem
 * the ledger names re-checked against the statement its claim pins, closed under the global
 * context. Mutants that must not check: a renamed theorem, a weakened or strengthened pinned
 * statement, a file whose statement differs from the pin, an Admitted lemma, an Axiom, a false
 * statement whose proof does not go through (fixtures/false). Needs Debian's coq and libcoq-mathcomp-* (.ci/run installs them).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/claims/ledger.js';
import { ensureBuilt, FORMAL_DIR, projectFiles } from '../../src/formal/build.js';
import { checkFormal, checkFormalAll, checkPinned, statementIn } from '../../src/formal/pinned.js';
import type { Claim, FormalRef } from '../../src/lang/claim.js';
import { REPO_ROOT } from '../../src/lang/define.js';

const FIXTURES = join(REPO_ROOT, 'properties/formal/fixtures');
const cache = mkdtempSync(join(tmpdir(), 'formal-cache-'));
let formal: (Claim & { formal: FormalRef })[] = [];

beforeAll(async () => {
  process.env.WHY_ALIGNMENT_FORMAL_CACHE = cache; // from scratch: nothing compiled before
  formal = (await loadLedger()).filter((c): c is Claim & { formal: FormalRef } => c.formal !== undefined);
}, 120_000);
afterAll(() => {
  delete process.env.WHY_ALIGNMENT_FORMAL_CACHE;
  rmSync(cache, { recursive: true, force: true });
});

describe('the Coq project', () => {
  it('compiles from scratch, every .v file listed in _CoqProject', async () => {
    const start = performance.now();
    const built = await ensureBuilt(); // Act
    expect(built, 'why' in built ? built.why : '').toHaveProperty('dir'); // Assert
    process.stdout.write(`proofs/formal/ compiled from scratch in ${((performance.now() - start) / 1000).toFixed(1)} s wall\n`);
    const sources = readdirSync(FORMAL_DIR).filter((f) => f.endsWith('.v')).sort();
    expect([...projectFiles()].sort()).toEqual(sources);
  }, 120_000);

  it('holds no Admitted, admit or Axiom anywhere', () => {
    for (const f of projectFiles()) expect(readFileSync(join(FORMAL_DIR, f), 'utf8'), f).not.toMatch(/\b(Admitted|admit|Axiom|Parameter)\b/);
  });

  it('proves every theorem the ledger names, as pinned, closed under the global context', async () => {
    expect(formal.map((c) => c.id)).toEqual(expect.arrayContaining(['C6r', 'C7r', 'C9r', 'C8']));
    for (const c of formal) {
      const inFile = statementIn(readFileSync(join(REPO_ROOT, c.formal.file), 'utf8'), c.formal.theorem);
      expect(inFile, `${c.id}: ${c.formal.theorem} in ${c.formal.file}`).toBe(c.formal.statement.replace(/\s+/g, ' ').trim());
    }
    const answers = await checkFormalAll(formal.map((c) => c.formal)); // Act: two coqc at a time
    expect(Object.fromEntries(formal.map((c, k) => [c.id, answers[k]]))).toEqual(Object.fromEntries(formal.map((c) => [c.id, { checked: true }]))); // Assert
  }, 120_000);
});

describe('mutants that must not check', () => {
  const ref = (id: string): FormalRef => formal.find((c) => c.id === id)!.formal;

  it('a renamed theorem', async () => {
    const status = await checkFormal({ ...ref('C9r'), theorem: 'local_dot_distant_eq_expansion_renamed' });
    expect(status).toEqual({ checked: false, why: 'no theorem local_dot_distant_eq_expansion_renamed in proofs/formal/TwoLayerSplit.v' });
  });

  it('a pinned statement that differs from the file (weakened: a hypothesis added)', async () => {
    const weak = ref('C8').statement.replace('x != 0 ->', 'x != 0 -> W1 != 0 ->');
    const status = await checkFormal({ ...ref('C8'), statement: weak });
    expect(status).toMatchObject({ checked: false, why: expect.stringMatching(/differs from the one the claim pins/) });
  });

  it('a pinned statement stronger than the theorem (a hypothesis dropped): Coq refuses exact:', async () => {
    const built = await ensureBuilt();
    const stronger = ref('C8').statement.replace('x != 0 -> ', '');
    const status = await checkPinned((built as { dir: string }).dir, { ...ref('C8'), statement: stronger }); // Act
    expect(status).toMatchObject({ checked: false, why: expect.stringMatching(/^autoencoder_bounds_internal_cosine does not prove the pinned statement: .*Error/) });
  }, 120_000);

  it('an Admitted lemma and an Axiom rest on assumptions', async () => {
    const src = join(FIXTURES, 'admitted');
    const file = 'properties/formal/fixtures/admitted/Unproved.v';
    for (const [theorem, statement] of [['addn0_admitted', 'forall n : nat, (n + 0 = n)%N'], ['succ_eq_self', 'forall n : nat, n.+1 = n']] as const) {
      const status = await checkFormal({ file, theorem, statement, scope: 'none' }, src);
      expect(status, theorem).toMatchObject({ checked: false, why: expect.stringMatching(new RegExp(`^${theorem} rests on assumptions: .*(addn0_admitted|everything)`)) });
    }
  }, 120_000);

  it('a false statement: the build fails and names the error', async () => {
    const status = await checkFormal({ file: 'properties/formal/fixtures/false/False.v', theorem: 'addn1_eq_self', statement: 'forall n : nat, (n + 1 = n)%N', scope: 'none' }, join(FIXTURES, 'false'));
    expect(status).toMatchObject({ checked: false, why: expect.stringMatching(/False\.v.*Error/) });
  }, 120_000);
});
