import katex from 'katex';
import type { Macros } from './markdown.js';

/** The note, as markdown blocks (paragraphs, displays, headings) and the TeX macros it defines. */
export interface Note {
  /** The transcript (the file after its header), which every block is a substring of. */
  readonly text: string;
  readonly blocks: readonly string[];
  readonly macros: Macros;
}

/** Splits markdown at blank lines, keeping a $$ display that spans blank lines whole. */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let open = '';
  for (const chunk of text.split(/\n\s*\n/)) {
    open = open ? `${open}\n\n${chunk}` : chunk;
    if ((open.match(/\$\$/g) ?? []).length % 2 === 0) {
      if (open.trim()) blocks.push(open.trim());
      open = '';
    }
  }
  if (open.trim()) blocks.push(open.trim());
  return blocks;
}

/** Reads the note: the block of \newcommand's becomes macros (\providecommand, so KaTeX's own stay). */
export function readNote(text: string): Note {
  text = text.includes('\n---\n') ? text.slice(text.indexOf('\n---\n') + 5) : text; // the transcript, after the header
  const macros: Macros = {};
  const blocks = splitBlocks(text).filter((b) => {
    if (!b.includes('\\newcommand')) return true;
    const tex = b.replace(/^\$\$|\$\$$/g, '').replace(/\\newcommand/g, '\\providecommand');
    katex.renderToString(tex, { macros, globalGroup: true, throwOnError: false, displayMode: true });
    return false;
  });
  return { text, blocks, macros };
}

/** Letters only, lower case: TeX commands, math, digits, marks and punctuation dropped. */
export const letters = (s: string): string =>
  s.replace(/\\[A-Za-z]+/g, '').normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '');

/** The parts of the first "…" quotation in a claim's source, split at ellipses. */
export function quotedParts(source: string): string[] {
  const m = /["“]([^"”]+)["”]/.exec(source);
  if (!m) return [];
  return m[1]!.split(/…|\.\.\./).map(letters).filter((p) => p.length > 0);
}

const MIN_LETTERS = 12;
const isHeading = (block: string): boolean => /^#{1,6}\s/.test(block);

/** Does the block contain every part, in order? */
function containsInOrder(block: string, parts: readonly string[]): boolean {
  const text = letters(block);
  let at = 0;
  for (const p of parts) {
    const k = text.indexOf(p, at);
    if (k < 0) return false;
    at = k + p.length;
  }
  return true;
}

/** Where a passage sits in the note's text: [from, to). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * The span of the passage a claim's `source` quotes, or undefined when the quotation is missing,
 * too short, found in no block or in more than one, or is a heading (a section is no passage).
 * A paragraph ending in ":" brings the display it introduces.
 */
export function passageSpan(note: Note, source: string | undefined): Span | undefined {
  const parts = quotedParts(source ?? '');
  if (parts.join('').length < MIN_LETTERS) return undefined;
  const hits = note.blocks.flatMap((b, k) => (containsInOrder(b, parts) ? [k] : []));
  if (hits.length !== 1 || isHeading(note.blocks[hits[0]!]!)) return undefined;
  const k = hits[0]!;
  const { blocks } = note;
  const end = blocks[k]!.trimEnd().endsWith(':') && k + 1 < blocks.length ? k + 2 : k + 1;
  const from = note.text.indexOf(blocks[k]!);
  const last = blocks[end - 1]!;
  return { from, to: note.text.indexOf(last, from) + last.length };
}

/** The passage itself, verbatim, blank lines as written. */
export function findPassage(note: Note, source: string | undefined): string | undefined {
  const span = passageSpan(note, source);
  return span && note.text.slice(span.from, span.to);
}
