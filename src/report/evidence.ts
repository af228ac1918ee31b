import type { ReportCheck, ReportClaim } from './claims-json.js';
import { claimedText } from './interval.js';

/** The index's one-line evidence of a claim: certificate kinds, intervals against bounds, runs. */
export interface EvidenceSummary {
  readonly certificates: readonly string[];
  readonly intervals: readonly string[];
  readonly runs: number;
}

const fmt = (x: number): string => x.toFixed(3);

/** "[0.568, 0.960] vs > 0.5": a statistical check's interval beside its claimed bound. */
export function intervalText(c: ReportCheck): string | undefined {
  return c.stats && `[${fmt(c.stats.lo)}, ${fmt(c.stats.hi)}] vs ${claimedText(c.stats.claimed)}`;
}

export function summarise(claim: ReportClaim): EvidenceSummary {
  const kinds = claim.checks.flatMap((c) => (c.certificates ?? []).map((k) => k.kind));
  return {
    certificates: [...new Set(kinds)].sort(),
    intervals: claim.checks.map(intervalText).filter((t): t is string => t !== undefined),
    runs: claim.checks.reduce((n, c) => n + c.runs, 0),
  };
}
