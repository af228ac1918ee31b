/**
 * Verdicts mean what they say, on conjectures written in the README's form into a
 * temporary ledger: a rare counterexample is refuted under every seed, a true claim with an
 * opaque predicate is at best unrefuted, a crash is an error (never refuted, never proved),
 * and a file that fails to compile or type-check is an error row naming the file.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lang/define.js';
import { loadClaim } from '../../src/claims/ledger.js';
import { runClaim } from '../../src/claims/run-claim.js';
import { CRASHING, RARE_FALSE, SMALL_SHAPES_ONLY, SYNTAX_ERROR, TRUE_CLAIM, TYPE_ERROR } from '../fixtures/conjectures/rare.js';
import { runBin } from './run-cli.js';

const root = join(REPO_ROOT, 'properties/fixtures', `tmp-ledger-${process.pid}`);
const FILES = { Y1: ['rare_false', RARE_FALSE], Y2: ['true_claim', TRUE_CLAIM], Y3: ['crashing', CRASHING], Y4: ['syntax_error', SYNTAX_ERROR], Y5: ['type_error', TYPE_ERROR], Y6: ['small_shapes_only', SMALL_SHAPES_ONLY] } as const;
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

describe('verdicts of README-form conjectures', () => {
  it('a rare counterexample (ReLU, batch, targets 0) is refuted, re-checked, under every seed', async () => {
    // Arrange
    const claim = await loadClaim(file('Y1'));
    for (const seed of [1, 2, 3, 4, 5]) {
      // Act
      const r = await runClaim(claim, seed);
      // Assert
      expect(r.verdict, `seed ${seed}`).toBe('refuted');
      expect(r.checks[0]!.evidence).toMatch(/re-checked/);
      expect(r.saved).toBe('counterexamples/Y1.json');
    }
  });

  it('a true claim with an opaque predicate is unrefuted, never proved, and states its search power', async () => {
    const r = await runClaim(await loadClaim(file('Y2')), 7);
    expect(r.verdict).toBe('unrefuted');
    expect(r.checks[0]!.certified).toBe(false);
    expect(r.checks[0]!.runs).toBeGreaterThanOrEqual(3000);
    expect(r.checks[0]!.evidence).toMatch(/probability ≥ 0\.0010 per run would have been hit with 95%/);
  });

  it('a conjecture certified at every small shape and false beyond reads certified with its bounds, never proved, under every seed', async () => {
    const claim = await loadClaim(file('Y6'));
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = await runClaim(claim, seed); // Act
      expect([r.verdict, r.checks[0]!.scope], `seed ${seed}`).toEqual(['certified', { covers: 'drawn shapes', words: 'linear, depth 2, widths 1–3, one sample' }]);
      expect(r.checks[0]!.evidence).toMatch(/^certified for linear, depth 2, widths 1–3, one sample: .*certified at every shape drawn \(schwartz-zippel\)$/);
    }
  });

  it('a crashing predicate is an error in an identity and in an exists check, with file:line', async () => {
    const r = await runClaim(await loadClaim(file('Y3')), 1);
    expect(r.verdict).toBe('error');
    expect(r.checks.map((c) => c.verdict)).toEqual(['error', 'error']);
    expect(r.error).toMatch(/Y3-crashing\.property\.test\.ts:\d+ TypeError/);
    expect(r.saved).toBeUndefined();
  });

  it('claims --json: syntax and type errors are error rows naming the file; the other claims still run; exit 1', async () => {
    // Act
    const { code, stdout, stderr } = await runBin(['claims', '--json', '--dir', join(root, 'properties'), '--seed', '3', '--workers', '1']);
    // Assert
    expect(code).toBe(1);
    const rows = JSON.parse(stdout).claims as { id: string; verdict: string; error?: string }[];
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(rows.map((r) => r.id)).toEqual(['Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6']);
    expect([byId.Y1!.verdict, byId.Y2!.verdict, byId.Y3!.verdict, byId.Y6!.verdict]).toEqual(['refuted', 'unrefuted', 'error', 'certified']);
    expect(byId.Y4!.verdict).toBe('error');
    expect(byId.Y4!.error).toMatch(/^properties\/fixtures\/tmp-ledger-\d+\/properties\/Y4-syntax_error\.property\.test\.ts:\d+ /);
    expect(byId.Y5!.verdict).toBe('error');
    expect(byId.Y5!.error).toMatch(/Y5-type_error\.property\.test\.ts:\d+ TS2322/);
    expect(stderr).toMatch(/Y4: error: /);
  });
});
