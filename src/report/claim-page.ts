import type { ReportClaim } from './claims-json.js';
import type { LinkMap } from './markdown.js';
import { type Citation, equationsBefore, noteMarkdown } from './note-page.js';
import { type Note, passageSpan } from './note.js';
import type { Relations } from './relations.js';
import { checkView, counterexampleView, failingQuantities, replayCommand } from './view.js';

/** The renderers a claim page needs: markdown (proofs), the note's (with its macros), and inline TeX. */
export interface Renderers {
  readonly md: { render(source: string, links: LinkMap): string; inline(source: string): string; tex(tex: string, display: boolean): string };
  readonly noteMd: { render(source: string, links: LinkMap): string };
}

/** What a claim page is built from besides the claim: texts read from the repository, and the ledger around it. */
export interface ClaimInputs {
  readonly proofText?: string;
  readonly counterexampleText?: string;
  readonly links: LinkMap;
  readonly note: Note;
  readonly cites: readonly Citation[];
  readonly rel: Relations;
  readonly byId: ReadonlyMap<string, ReportClaim>;
}

/** A proof without its first-level title: the page's own heading names the claim. */
const withoutTitle = (md: string): string => md.replace(/^# [^\n]*\n/, '');
const site = (file: string): string => file.replace(/^proofs\/formal\//, 'formal/').replace(/\.v$/, '.html');

/** The claim template's context, beyond the page's title and root. */
export function claimContext(c: ReportClaim, i: ClaimInputs, r: Renderers) {
  const span = passageSpan(i.note, c.source);
  const noteRender = (md: string) => r.noteMd.render(md, () => undefined);
  const cite = span && i.cites.find((k) => k.span.from <= span.from && span.to <= k.span.to);
  const ref = (id: string) => ({ id, name: i.byId.get(id)!.name, verdict: i.byId.get(id)!.verdict });
  const cx = c.counterexample ? counterexampleView(i.counterexampleText, (t) => r.md.tex(t, true)) : {};
  return {
    c, ...cx, cxSaved: i.counterexampleText !== undefined,
    statementHtml: c.statement && r.md.inline(c.statement),
    hypothesesHtml: c.hypotheses && r.md.inline(c.hypotheses),
    proof: i.proofText && r.md.render(withoutTitle(i.proofText), i.links),
    passage: span && noteRender(noteMarkdown(i.note.text.slice(span.from, span.to))),
    firstEquation: span && equationsBefore(i.note, span.from, noteRender),
    noteAnchor: cite?.anchor,
    uses: i.rel.uses(c.id).map(ref),
    usedBy: i.rel.usedBy(c.id).map(ref),
    repair: i.rel.repair(c.id) && ref(i.rel.repair(c.id)!),
    repairs: i.rel.repairs(c.id) && ref(i.rel.repairs(c.id)!),
    formalPage: c.formal && `../${site(c.formal.file)}#${c.formal.theorem}`,
    checks: c.checks.map(checkView),
    quantities: failingQuantities(c),
    replay: c.counterexample && replayCommand(c.counterexample),
  };
}
