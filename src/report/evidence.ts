import type { ReportCheck, ReportClaim } from './claims-json.js';

/** The index's evidence of a claim: one short sentence per kind of finding, with how many checks share it. */
export interface EvidenceSummary {
  readonly sentences: readonly string[];
  readonly runs: number;
}

/** x to 3 decimals, or more where 3 would print it equal to `near` (so [0.5294, …] is not shown as 0.529 against 0.529). */
export function digits(x: number, near: readonly number[] = []): string {
  for (let d = 3; d < 8; d++) if (!near.some((y) => y !== x && y.toFixed(d) === x.toFixed(d))) return x.toFixed(d);
  return String(x);
}

/** The claimed range in words: "above 0.5", "below 0.6", "between 0.55 and 0.75". */
export function claimedWords(c: NonNullable<ReportCheck['stats']>['claimed']): string {
  if (c.lo !== undefined && c.hi !== undefined) return `between ${c.lo} and ${c.hi}`;
  if (c.lo !== undefined) return `above ${c.lo}`;
  if (c.hi !== undefined) return `below ${c.hi}`;
  return 'unbounded';
}

/** "confidence interval [0.5294, 0.599], claimed between 0.529 and 0.654": a statistical check in words. */
export function intervalText(c: ReportCheck): string | undefined {
  if (!c.stats) return undefined;
  const { lo, hi, claimed } = c.stats;
  const near = [claimed.lo, claimed.hi].filter((v): v is number => v !== undefined);
  return `confidence interval [${digits(lo, near)}, ${digits(hi, near)}], claimed ${claimedWords(claimed)}`;
}

/** One check in a few words: how it was decided, not the run's full evidence. */
export function checkSentence(c: ReportCheck): string {
  if (c.verdict === 'error') return 'error';
  if (c.quantity !== undefined && c.verdict === 'refuted') return `fails: ${c.quantity}`;
  if (c.stats) return intervalText(c)!;
  const kinds = [...new Set((c.certificates ?? []).map((k) => k.kind))].sort().join(', ');
  if (c.scope?.covers === 'every shape') return 'proved for every shape (Coq)';
  if (c.scope?.covers === 'stated values') return `exact at the stated sizes${kinds ? ` (${kinds})` : ''}`;
  if (c.certified && c.scope) return `certified for ${c.scope.words}${kinds ? ` (${kinds})` : ''}`;
  if (c.verdict === 'refuted' || c.kind === 'exists') return c.verdict === 'refuted' ? 'counterexample found' : `witness found${kinds ? ` (${kinds})` : ''}`;
  return `${c.runs} ${c.runs === 1 ? 'run' : 'runs'}, no certificate`;
}

export function summarise(claim: ReportClaim): EvidenceSummary {
  const counts = new Map<string, number>();
  for (const s of claim.checks.map(checkSentence)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return {
    sentences: [...counts].map(([s, n]) => (n > 1 ? `${n} checks: ${s}` : s)),
    runs: claim.checks.reduce((n, c) => n + c.runs, 0),
  };
}
