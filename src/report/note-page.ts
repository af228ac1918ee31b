import type { ReportClaim } from './claims-json.js';
import { type Note, passageSpan, type Span } from './note.js';

/** A passage of the note and the claims that quote it, in the note's order; `anchor` is its id on the note page. */
export interface Citation {
  readonly span: Span;
  readonly ids: readonly string[];
  readonly anchor: string;
}

const NEWCOMMANDS = /\$\$[^$]*\\newcommand[^$]*\$\$/;
/** KaTeX marks each numbered row with one .eqn-num. */
const countEquations = (html: string): number => html.split('class="eqn-num"').length - 1;

/** Every passage quoted by some claim, with its citing claims; passages that overlap are joined. */
export function citations(note: Note, claims: readonly ReportClaim[]): Citation[] {
  const quoted = claims.flatMap((c) => {
    const span = passageSpan(note, c.source);
    return span ? [{ span, id: c.id }] : [];
  }).sort((a, b) => a.span.from - b.span.from);
  const groups: { span: Span; ids: string[] }[] = [];
  for (const { span, id } of quoted) {
    const last = groups.at(-1);
    if (last && span.from < last.span.to) {
      last.span = { from: last.span.from, to: Math.max(last.span.to, span.to) };
      last.ids.push(id);
    } else groups.push({ span, ids: [id] });
  }
  return groups.map((g, k) => ({ ...g, anchor: `passage-${k + 1}` }));
}

/** Numbered equations of the note before `from`: a passage there starts at number `equationsBefore + 1`. */
export const equationsBefore = (note: Note, from: number, render: (md: string) => string): number =>
  countEquations(render(noteMarkdown(note.text.slice(0, from))));

/** The note's markdown as typeset: the macro block removed (the renderer has the macros). */
export const noteMarkdown = (text: string): string => text.replace(NEWCOMMANDS, '');

/**
 * The note page's body: the note cut at the passages, each passage wrapped in an anchored
 * section that names the claims checking it. `link(id)` is a claim page's address.
 */
export function notePageHtml(note: Note, cites: readonly Citation[], render: (md: string) => string, link: (id: string) => string): string {
  const parts: string[] = [];
  let at = 0;
  for (const c of cites) {
    parts.push(render(noteMarkdown(note.text.slice(at, c.span.from))));
    const claims = c.ids.map((id) => `<a href="${link(id)}">${id}</a>`).join(', ');
    parts.push(`<section class="cited" id="${c.anchor}">${render(noteMarkdown(note.text.slice(c.span.from, c.span.to)))}<p class="checked-by">Checked by ${claims}</p></section>`);
    at = c.span.to;
  }
  parts.push(render(noteMarkdown(note.text.slice(at))));
  return parts.join('\n');
}
