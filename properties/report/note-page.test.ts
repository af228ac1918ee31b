/**
 * The note's page and its passages: each passage quoted by claims is anchored on the note page
 * and names them; a passage's equations carry the note's own numbers on every page.
 * Oracle for the numbers: the rows of the note's align displays, counted from its source text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lang/define.js';
import type { ReportClaim } from '../../src/report/claims-json.js';
import { createMarkdown } from '../../src/report/markdown.js';
import { citations, equationsBefore, notePageHtml } from '../../src/report/note-page.js';
import { passageSpan, readNote } from '../../src/report/note.js';

const note = readNote(readFileSync(join(REPO_ROOT, 'proofs/note.md'), 'utf8'));
const md = createMarkdown(note.macros);
const render = (m: string) => md.render(m, () => undefined);
const claim = (id: string, source: string): ReportClaim =>
  ({ id, name: id, verdict: 'proved', proof: '', property: '', evidence: '', counterexample: null, checks: [], uses: [], source });

/** Numbered rows before `from`: in each align display, its row breaks `\\` that do not end it, plus one. */
function alignRowsBefore(text: string, from: number): number {
  const aligns = [...text.slice(0, from).matchAll(/\\begin\{align\}([\s\S]*?)\\end\{align\}/g)].map((m) => m[1]!);
  return aligns.reduce((n, body) => n + body.replace(/\\\\\s*$/, '').split('\\\\').length, 0);
}

describe('equation numbers', () => {
  it.each([
    ['"The alignment happens so long as:"'], ['"Lets write out the gradients:"'], ['"We observe that:"'],
    ['"For a given layer’s parameters … the loss-gradient is the sum of"'],
  ])("number a passage's first equation as the note does: %s", (source) => {
    const span = passageSpan(note, source)!;
    expect(equationsBefore(note, span.from, render)).toBe(alignRowsBefore(note.text, span.from));
  });

  it('count every numbered row of the note, none for a row break that ends an align', () => {
    expect(equationsBefore(note, note.text.length, render)).toBe(alignRowsBefore(note.text, note.text.length));
    expect(alignRowsBefore(note.text, note.text.length)).toBe(17); // 4 + 1 + 2 + 2 + 6 + 2 rows, as printed
  });
});

describe('the note page', () => {
  it('anchors each quoted passage and names the claims that quote it, with links', () => {
    const claims = [claim('C6', '"Lets write out the gradients:" local'), claim('C7', '"Lets write out the gradients:" distant'), claim('C9', '"The alignment happens so long as:"'), claim('T3', 'new')];
    const cites = citations(note, claims);
    expect(cites.map((c) => c.ids)).toEqual([['C6', 'C7'], ['C9']]);
    const html = notePageHtml(note, cites, render, (id) => `../claims/${id}.html`);
    expect(html).toMatch(/<section class="cited" id="passage-1"><p>Lets write out the gradients:[\s\S]*?<p class="checked-by">Checked by <a href="..\/claims\/C6.html">C6<\/a>, <a href="..\/claims\/C7.html">C7<\/a><\/p><\/section>/);
    expect(html).toMatch(/id="passage-2"><p>The alignment happens so long as:/);
    expect(html).toContain('What does this tell us?');
  });
});
