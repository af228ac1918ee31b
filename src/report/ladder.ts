import { LADDER } from '../lang/check-result.js';
import type { ReportVerdict } from './claims-json.js';

/** What each verdict means, for the legend (proofs/README.md says it in full). */
const MEANING: Record<ReportVerdict, string> = {
  proved: 'a machine-checked Coq theorem covers every shape: every width and batch, and every depth where the claim is about any depth',
  certified: 'a machine certificate at every shape checked, but only at shapes drawn within stated bounds (its scope names them)',
  supported: 'a statistical bound holds: an anytime-valid confidence sequence decided it, with error probability at most 10⁻⁶',
  unrefuted: 'exact search found no counterexample, but some shape has no certificate',
  inconclusive: 'the statistical test was undecided within its budget (never a pass)',
  refuted: 'an exact counterexample, re-checked from its saved file, or a confidence bound on the wrong side',
  error: 'the claim threw something other than its failure signal, or did not compile',
};

/** The ladder, strongest first, each verdict with its meaning. */
export const LEGEND: readonly { readonly verdict: ReportVerdict; readonly meaning: string }[] =
  [...LADDER].reverse().map((verdict) => ({ verdict, meaning: MEANING[verdict] }));

/** Claims per verdict, strongest first, verdicts with no claim left out. */
export function verdictCounts(verdicts: readonly ReportVerdict[]): { verdict: ReportVerdict; count: number }[] {
  return LEGEND.map(({ verdict }) => ({ verdict, count: verdicts.filter((v) => v === verdict).length })).filter((r) => r.count > 0);
}
