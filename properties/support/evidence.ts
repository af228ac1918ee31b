import { expect } from 'vitest';
import { ENTRY_SET_SIZE } from '../../src/certify/entries.js';
import { runsNeeded } from '../../src/certify/schwartz-zippel.js';
import type { NetShapes } from '../../src/lang/shapes.js';
import type { Check, Claim } from '../../src/lang/claim.js';
import type { CheckResult } from '../../src/lang/check-result.js';
import type { ClaimResult } from '../../src/claims/run-claim.js';
import { ALPHA } from '../../src/claims/run-statistics.js';

/** "relu 2-3-1, batch 2, targets 0" within the bounds it was drawn from. */
function withinBounds(name: string, nets: NetShapes): void {
  const m = /^(\w+) ([\d-]+), (?:one sample|batch (\d+))(, targets 0)?$/.exec(name);
  expect(m, name).not.toBeNull();
  const widths = m![2]!.split('-').map(Number);
  const [depth, width, batch] = [nets.depth ?? [1, 3], nets.width ?? [1, 3], nets.batch ?? [0, 2]];
  expect(m![1]).toBe(nets.activation ?? 'linear');
  expect(widths.length - 1).toBeGreaterThanOrEqual(depth[0]);
  expect(widths.length - 1).toBeLessThanOrEqual(depth[1]);
  for (const w of widths) expect(w >= width[0] && w <= width[1], name).toBe(true);
  const n = m![3] === undefined ? 0 : Number(m![3]);
  expect(n >= batch[0] && n <= batch[1], name).toBe(true);
  expect(m![4] !== undefined).toBe(nets.zeroTargets ?? false);
}

/** The printed Schwartz–Zippel bound is (d/|S|)^r with the fewest runs r for the computed d. */
function schwartzZippelPrinted(detail: string): void {
  const m = /degree (\d+) \(computed\), \|S\| = (\d+), (\d+) runs: P\(a false identity passes\) ≤ \((\d+)\/(\d+)\)\^(\d+) = ([^;\s]+)/.exec(detail);
  expect(m, detail).not.toBeNull();
  const [d, S, r] = [Number(m![1]), Number(m![2]), Number(m![3])];
  expect(S).toBe(ENTRY_SET_SIZE);
  expect(r).toBe(runsNeeded(d, S));
  expect([Number(m![4]), Number(m![6])]).toEqual([d, r]);
  expect(m![7]).toBe(((d / S) ** r).toExponential(1));
}

function checkEvidence(spec: Check, r: CheckResult): void {
  expect(r.runs, r.label).toBeGreaterThanOrEqual(r.verdict === 'refuted' || r.kind === 'exists' ? 0 : 1);
  if (r.verdict === 'proved' || r.verdict === 'certified') expect(r.certified, `${r.label} ${r.verdict} but not certified`).toBe(true);
  if (spec.kind === 'forall' || spec.kind === 'identity' || spec.kind === 'expectation') scopeAgrees(r);
  if (r.verdict === 'refuted' && (r.kind === 'forall' || r.kind === 'identity')) expect(r.quantity ?? r.counterexample?.reason).toBeTruthy();
  if (spec.kind === 'forall') {
    for (const s of r.shapes ?? []) withinBounds(s, spec.nets);
    if (r.certified) expect((r.certificates ?? []).map((c) => c.shape)).toEqual(r.shapes);
  }
  for (const c of r.certificates ?? []) if (c.kind === 'schwartz-zippel') schwartzZippelPrinted(c.detail);
  if (r.stats) {
    expect(r.stats.alpha).toBe(ALPHA);
    expect(r.stats.lo).toBeLessThanOrEqual(r.stats.estimate);
    expect(r.stats.estimate).toBeLessThanOrEqual(r.stats.hi);
    const { lo = -Infinity, hi = Infinity } = r.stats.claimed;
    if (r.verdict === 'supported') expect(r.stats.lo >= lo && r.stats.hi <= hi, r.label).toBe(true);
    if (r.verdict === 'refuted') expect(r.stats.hi < lo || r.stats.lo > hi, r.label).toBe(true);
  }
}

/** A universal check states what it covers: every shape only with a Coq theorem, else the drawn bounds, first in its evidence. */
function scopeAgrees(r: CheckResult): void {
  expect(r.scope, `${r.label} has no scope`).toBeDefined();
  const { covers, words } = r.scope!;
  expect(words.length, r.label).toBeGreaterThan(0);
  if (r.verdict === 'proved') expect([covers, r.evidence.startsWith(`proved for every shape (${words}) by the Coq theorem `)]).toEqual(['every shape', true]);
  if (r.verdict === 'certified' && r.kind === 'forall') expect([covers, r.evidence.startsWith(`certified for ${words}: `)]).toEqual(['drawn shapes', true]);
  if (r.verdict === 'certified' && r.kind === 'expectation') expect(covers).toBe('stated values');
  if (r.verdict !== 'proved') expect(covers).not.toBe('every shape');
}

/** Every check's printed evidence agrees with its verdict: certificates, shapes, bounds, intervals. */
export function expectHonestEvidence(claim: Claim, result: ClaimResult): void {
  expect(result.checks.length).toBe(claim.checks.length);
  claim.checks.forEach((spec, k) => checkEvidence(spec, result.checks[k]!));
  if (result.verdict === 'proved' || result.verdict === 'certified') expect(result.checks.every((c) => c.certified)).toBe(true);
  const everyShape = result.checks.some((c) => c.scope?.covers === 'every shape');
  expect(everyShape, `${result.id}: every shape without a checked formal theorem`).toBe(result.formal?.status.checked === true && everyShape);
  if (result.formal) expect(result.formal.file.startsWith('proofs/formal/')).toBe(true);
}
