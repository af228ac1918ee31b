/**
 * The ledger: every claim id of the note has a property and a proof; a deliberately
 * false sample conjecture comes out refuted, with its counterexample saved and replayable;
 * `why-alignment claims --json` reports computed verdicts with repo-relative paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lang/define.js';
import { loadLedger } from '../../src/claims/ledger.js';
import { agrees, statedVerdict } from '../../src/claims/proof-verdict.js';
import { runClaim } from '../../src/claims/run-claim.js';
import { exact } from './helpers.js';
import { runBin } from './run-cli.js';

const IDS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'T1', 'T2', 'T3', 'T4'];

describe('the ledger', () => {
  it('holds C1–C10 and T1–T4, each with an existing property and proof that link to each other', async () => {
    const ledger = await loadLedger();
    for (const id of IDS) {
      const claim = ledger.find((c) => c.id === id);
      expect(claim, id).toBeDefined();
      expect(existsSync(join(REPO_ROOT, claim!.property))).toBe(true);
      const proof = readFileSync(join(REPO_ROOT, claim!.proof), 'utf8');
      expect(proof).toContain(claim!.property.split('/').pop());
      expect(readFileSync(join(REPO_ROOT, claim!.property), 'utf8')).toContain(claim!.proof);
      expect(['proved', 'certified', 'supported', 'refuted']).toContain(statedVerdict(claim!.proof));
    }
  });

  it("names real claims in uses, and shows each formal theorem's pinned statement on its proof page", async () => {
    const ledger = await loadLedger();
    const ids = new Set(ledger.map((c) => c.id));
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (const claim of ledger) {
      for (const u of claim.uses ?? []) expect(ids.has(u) && u !== claim.id, `${claim.id} uses ${u}`).toBe(true);
      if (!claim.formal) continue;
      const page = squash(readFileSync(join(REPO_ROOT, claim.proof), 'utf8'));
      expect(page, claim.id).toContain('## Formal proof');
      expect(page, `${claim.id}: the pinned statement on its proof page`).toContain(squash(claim.formal.statement));
    }
  });

  it('a deliberately false conjecture (one new file + proof stub) comes out refuted, its counterexample saved', async () => {
    // Arrange
    const [claim] = await loadLedger(join(REPO_ROOT, 'properties/fixtures/sample-ledger/properties'));
    // Act
    const result = await runClaim(claim!);
    // Assert
    expect(claim!.proof).toBe('properties/fixtures/sample-ledger/proofs/X1-local_dot_distant_nonneg.md');
    expect(result.verdict).toBe('refuted');
    expect(agrees(statedVerdict(claim!.proof), result.verdict)).toBe(false); // in the real ledger, npm test fails
    expect(result.saved).toBe('counterexamples/X1.json');
    const replay = await runBin(['gradients', join(REPO_ROOT, result.saved!), '--exact']);
    expect(replay.code).toBe(0);
    const pairs = JSON.parse(replay.stdout).pairs as { gradient: string[][] }[];
    const [local, distant] = [pairs[0]!.gradient.flat(), pairs[1]!.gradient.flat()];
    const F = exact.field;
    const d = local.reduce((acc, x, k) => F.add(acc, F.mul(F.parse(x), F.parse(distant[k]!))), F.zero);
    expect(F.isPositive(F.neg(d))).toBe(true); // the replayed net really has local·distant < 0
  });

  it('claims --json lists computed verdicts, checks with their scope, certificates, formal theorems and uses', async () => {
    const { code, stdout, stderr } = await runBin(['claims', '--json', '--only', 'C9,C9r', '--workers', '1']);
    expect(code, stderr).toBe(0);
    type Check = { certified: boolean; evidence: string; quantity?: string; scope?: { covers: string; words: string }; certificates?: { kind: string }[] };
    type Row = { id: string; verdict: string; proof: string; property: string; evidence: string; uses: string[]; formal?: Record<string, unknown>; checks: Check[] };
    const claims = JSON.parse(stdout).claims as Row[];
    const [C9, C9r] = claims as [Row, Row];
    expect(claims.map((c) => [c.id, c.verdict])).toEqual([['C9', 'refuted'], ['C9r', 'proved']]);
    for (const c of claims) {
      expect(c.proof.startsWith('proofs/')).toBe(true);
      expect(c.property.startsWith('properties/')).toBe(true);
      expect(c.evidence.length).toBeGreaterThan(0);
    }
    expect(C9.checks[0]!.quantity).toMatch(/≠/);
    expect(C9.checks[0]!.scope).toEqual({ covers: 'drawn shapes', words: 'linear, depth 2, widths 1–4, one sample' });
    expect(C9r.checks.every((k) => k.certified)).toBe(true);
    expect(C9r.checks[0]!.certificates!.map((k) => k.kind)).toEqual(C9r.checks[0]!.certificates!.map(() => 'schwartz-zippel'));
    expect(C9r.uses).toEqual(['C6r', 'C7r']);
    expect(C9r.formal).toMatchObject({ file: 'proofs/formal/TwoLayerSplit.v', theorem: 'local_dot_distant_eq_expansion', checked: true });
    expect(C9r.formal!.statement).toMatch(/^forall \(R : comRingType\) \(n0 n1 n2 m : nat\)/);
    expect(C9r.checks[0]!.scope).toEqual({ covers: 'every shape', words: 'two-layer linear nets, any widths n0, n1, n2 and any batch m, over any commutative ring' });
  });
});

describe('the README', () => {
  it("shows each claim's verdict as its proof states it (and the proof is checked against the run)", async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const claim of await loadLedger()) {
      const row = new RegExp(`^${claim.id}\\s+(\\w+)\\s+${claim.proof.replace(/[.]/g, '\\.')}`, 'm').exec(readme);
      expect(row?.[1], `${claim.id} row in the README`).toBe(statedVerdict(claim.proof));
    }
  });
});
