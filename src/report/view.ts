import type { ReportCheck, ReportClaim } from './claims-json.js';
import { checkSentence, intervalText, summarise } from './evidence.js';
import { intervalFigure } from './interval.js';
import { counterexampleMatrices } from './matrices.js';
import { shellQuote } from '../io/shell-quote.js';

/** The replay command for a saved counterexample. */
export const replayCommand = (path: string): string => `npx why-alignment gradients ${shellQuote(path)} --exact`;

/** A check as the claim template shows it: its interval drawn when it has statistics. */
export function checkView(k: ReportCheck) {
  const figure = k.stats && intervalFigure(k.stats, k.kind === 'rate' ? [0, 1] : undefined);
  const caption = k.stats && { estimate: k.stats.estimate.toFixed(3), alpha: k.stats.alpha.toExponential(1) };
  return { ...k, figure, caption, intervalText: intervalText(k), sentence: checkSentence(k) };
}

/** A row of the index: the statement typeset by `inline` (markdown with $TeX$). */
export const rowView = (c: ReportClaim, inline: (md: string) => string) =>
  ({ ...c, summary: summarise(c), statementHtml: c.statement && inline(c.statement) });

/** Typesets a counterexample file, or says why it cannot. */
export function counterexampleView(text: string | undefined, tex: (t: string) => string) {
  if (text === undefined) return { cxError: 'no such file' };
  try {
    const { activation, matrices } = counterexampleMatrices(text);
    return { cx: { activation, matrices: matrices.map((m) => ({ name: m.name, html: tex(m.tex) })) } };
  } catch (e) {
    return { cxError: (e as Error).message };
  }
}

/** The failing quantities: each refuted check's `quantity`, else its evidence. */
export const failingQuantities = (c: ReportClaim): string[] =>
  c.checks.filter((k) => k.verdict === 'refuted').map((k) => k.quantity ?? `${k.label}: ${k.evidence}`);
