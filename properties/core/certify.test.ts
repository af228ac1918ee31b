/**
 * The certificates behind *proved*: the degree the tool computes is checked against degrees
 * measured independently, by exact interpolation of the claim's two sides along random lines
 * p + t·v; Schwartz–Zippel runs and bounds are as printed; a false identity never gets a
 * certificate; pairsBelow lists every pair.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activation } from '../../src/activation.js';
import { adversarialSearch } from '../../src/certify/adversarial.js';
import { ENTRY_SET_SIZE } from '../../src/certify/entries.js';
import { decideAt } from '../../src/certify/exact-search.js';
import { ClaimFailure } from '../../src/lang/failure.js';
import { internalDotClaim } from '../support/internal-dot.js';
import { liftedRelu, unitCount } from '../../src/certify/lifted-relu.js';
import { networkOfShape } from '../../src/certify/nets.js';
import { claimDegree, runsNeeded, schwartzZippel, SZ_TARGET } from '../../src/certify/schwartz-zippel.js';
import { drawShapes } from '../../src/certify/shapes.js';
import { freeEntries, type Shape } from '../../src/lang/shapes.js';
import type { ForAllCheck } from '../../src/lang/claim.js';
import { type ClaimBody, intOf, type Kit, sumOfSquares } from '../../src/lang/kit.js';
import { loadLedger } from '../../src/claims/ledger.js';
import { allPairGradients } from '../../src/network/gradients.js';
import { exact, type ExactMatrix, F, type Scalar } from '../support/exact-net.js';
import { pairsBelow } from '../support/pairs.js';
import { noteTermsOf } from '../support/note-terms.js';

/** Both sides of every atom, as exact scalars (entrywise for matrices). */
function sides(body: ClaimBody, net: ReturnType<typeof networkOfShape<ExactMatrix, Scalar>>): Scalar[] {
  const out: Scalar[] = [];
  const kit: Kit<ExactMatrix, Scalar> = {
    alg: exact, net, int: (n) => intOf(exact, n), assumePositive: () => {},
    equal: (_w, l, r) => void out.push(...l.data.flat(), ...r.data.flat()),
    equalScalar: (_w, l, r) => void out.push(l, r),
    nonneg: (_w, v, sq) => void out.push(v, ...(sq ? [sumOfSquares(exact, sq)] : [])),
    positive: (_w, v) => void out.push(v),
  };
  body(kit);
  return out;
}

/** Exact degree of each side along the line p + t·v, by forward differences at t = 0 … B + 1 (asserting degree ≤ B). */
function degreesAlongLine(body: ClaimBody, shape: Shape, bound: number, p: number[], v: number[]): number[] {
  const n = freeEntries(shape);
  const at = (t: number) => {
    const x = p.map((pk, k) => F.parse(String(pk + t * v[k]!)));
    const h = shape.activation === 'relu' ? liftedRelu(x.slice(n)) : activation(shape.activation);
    return sides(body, networkOfShape(exact, shape, x.slice(0, n), h));
  };
  let diffs = Array.from({ length: bound + 2 }, (_, t) => at(t));
  const degree = diffs[0]!.map(() => -1);
  for (let k = 1; k <= bound + 1; k++) {
    diffs = diffs.slice(1).map((row, t) => row.map((x, s) => F.sub(x, diffs[t]![s]!)));
    diffs[0]!.forEach((x, s) => { if (!F.isZero(x)) degree[s] = k; });
  }
  const atZero = at(0).map((x) => (F.isZero(x) ? -1 : 0));
  return degree.map((d, s) => Math.max(d, atZero[s]!));
}

const forallChecks = async (): Promise<ForAllCheck[]> =>
  (await loadLedger()).flatMap((c) => c.checks.filter((k): k is ForAllCheck => k.kind === 'forall'));

describe('the computed degree', () => {
  it('bounds every side of every forall claim of the ledger along random lines, and is reached by some', async () => {
    let reached = 0;
    for (const check of await forallChecks()) {
      for (const shape of drawShapes(check.nets, 5).slice(0, 3)) {
        const d = claimDegree(check.claim, shape);
        if ('none' in d) continue;
        const units = shape.activation === 'relu' ? unitCount(shape.widths, shape.batch) : 0;
        const line = fc.sample(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2 * (freeEntries(shape) + units), maxLength: 2 * (freeEntries(shape) + units) }), { seed: 9, numRuns: 1 })[0]!;
        const half = line.length / 2;
        const measured = degreesAlongLine(check.claim, shape, d.degree, line.slice(0, half), line.slice(half));
        expect(Math.max(...measured), `${check.label} at ${shape.widths.join('-')}`).toBeLessThanOrEqual(d.degree);
        if (Math.max(...measured) === d.degree) reached++;
      }
    }
    expect(reached).toBeGreaterThan(0);
  });

  it('is 2L + 1 for G_1L of a linear net, 5 for the note\'s in₂ (by hand)', () => {
    // G_12 = 2(W₂W₁x − s₂*)·W₂x: degree 3 + 2 = 5 = 2L + 1
    const gradient: ClaimBody = (k) => k.equal('G_12', allPairGradients(k.alg, k.net).pair(1, 2).gradient, k.alg.scale(k.net.weights[0]!, k.int(0)));
    expect(claimDegree(gradient, { activation: 'linear', widths: [1, 1, 1], batch: 0, zeroTargets: false })).toEqual({ degree: 5 });
    // in₂ = W₂ᵀW₂W₁x·xᵀ
    const noteIn2: ClaimBody = (k) => k.equal('in₂', noteTermsOf(k).in2, noteTermsOf(k).in2);
    expect(claimDegree(noteIn2, { activation: 'linear', widths: [2, 2, 2], batch: 0, zeroTargets: false })).toEqual({ degree: 5 });
  });
});

describe('Schwartz–Zippel', () => {
  it('uses the fewest runs r with (d/|S|)^r ≤ 1e-9', () => {
    for (const d of [1, 3, 5, 12, 40, 200]) {
      const r = runsNeeded(d, ENTRY_SET_SIZE);
      expect((d / ENTRY_SET_SIZE) ** r).toBeLessThanOrEqual(SZ_TARGET);
      expect((d / ENTRY_SET_SIZE) ** (r - 1)).toBeGreaterThan(SZ_TARGET);
    }
  });

  it('prints the computed degree, |S|, the runs and the bound, and gives no certificate to a false identity', async () => {
    const [printed, repaired] = [(await loadLedger()).find((c) => c.id === 'C6')!, (await loadLedger()).find((c) => c.id === 'C6r')!];
    const shape: Shape = { activation: 'linear', widths: [2, 1, 2], batch: 0, zeroTargets: false };
    const ok = schwartzZippel((repaired.checks[0] as ForAllCheck).claim, shape, 1);
    const d = claimDegree((repaired.checks[0] as ForAllCheck).claim, shape);
    expect('certificate' in ok && 'degree' in d).toBe(true);
    if (!('certificate' in ok) || !('degree' in d)) return;
    expect(ok.degree).toBe(d.degree);
    expect(ok.certificate.detail).toContain(`(${d.degree}/${ENTRY_SET_SIZE})^${runsNeeded(d.degree, ENTRY_SET_SIZE)} = ${((d.degree / ENTRY_SET_SIZE) ** ok.runs).toExponential(1)}`);
    expect(schwartzZippel((printed.checks[0] as ForAllCheck).claim, shape, 1)).toHaveProperty('fails');
  });
});

describe('pairsBelow', () => {
  it('lists every pair 1 ≤ i < j ≤ L, the last layer included', () => {
    for (let L = 1; L <= 6; L++) {
      const brute = [];
      for (let i = 1; i <= L; i++) for (let j = i + 1; j <= L; j++) brute.push([i, j]);
      expect(pairsBelow(L)).toEqual(brute);
    }
  });
});

describe('the adversarial float search', () => {
  it('finds T1\'s failure on a ReLU net with a batch, snapped to decimals and confirmed exactly', () => {
    // Arrange: a violation that hill climbing must find from random float starts
    const shape: Shape = { activation: 'relu', widths: [2, 2, 2], batch: 2, zeroTargets: true };
    // Act
    const found = [1, 2, 3].map((seed) => adversarialSearch(internalDotClaim(false), shape, seed, { starts: 20, steps: 200 })).find((f) => f);
    // Assert
    expect(found?.quantity).toMatch(/^internal_11 · internal_12 = -[\d.]+ < 0$/);
    expect(() => decideAt(internalDotClaim(false), found!.spec)).toThrow(ClaimFailure);
  });
});
