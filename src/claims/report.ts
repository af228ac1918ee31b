import type { ClaimResult } from './run-claim.js';
import { shellQuote } from '../io/shell-quote.js';

/** A claim's result for a person: verdict, each check's evidence, and any counterexample in full. */
export function formatResult(r: ClaimResult): string {
  const lines = [`${r.id} ${r.name}: ${r.verdict.toUpperCase()}  (seed ${r.seed}, ${r.seconds.toFixed(1)} s)`, `  claim: ${r.statement}`];
  if (r.error) lines.push(`  error: ${r.error}`);
  for (const c of r.checks) {
    lines.push(`  [${c.verdict}] ${c.label}: ${c.evidence}`);
    for (const k of c.certificates ?? []) lines.push(`    certificate (${k.kind}) at ${k.shape}: ${k.detail}`);
    const cx = c.counterexample;
    if (cx) {
      lines.push(`    ${cx.reason}`, ...cx.display.split('\n').map((l) => `    ${l}`));
      lines.push(`    replay: WHY_ALIGNMENT_SEED=${r.seed} npx vitest run ${shellQuote(r.property)}`, `    (fast-check seed ${cx.seed}, path ${cx.path})`);
    }
  }
  if (r.saved) lines.push(`  saved: ${r.saved}  (replay: npx why-alignment gradients ${shellQuote(r.saved)} --exact)`);
  lines.push(`  proof: ${r.proof}`, `  property: ${r.property}`);
  return lines.join('\n');
}
