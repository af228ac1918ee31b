/**
 * The note's passage a claim quotes: found despite markdown and TeX in the note, never guessed.
 * Oracle: the passage must be verbatim text of proofs/note.md and contain the quoted words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lang/define.js';
import { findPassage, letters, quotedParts, readNote } from '../../src/report/note.js';

const text = readFileSync(join(REPO_ROOT, 'proofs/note.md'), 'utf8');
const note = readNote(text);

describe('findPassage', () => {
  it('finds a quotation across markdown emphasis and returns that paragraph verbatim', () => {
    const passage = findPassage(note, '"The surprise is that …"');                           // Act
    expect(passage).toMatch(/^The \*\*surprise\*\* is that .* \*distant\* gradients\.$/s);   // Assert
  });

  it('matches Unicode subscripts in the source against TeX in the note', () => {
    const passage = findPassage(note, '"Namely, if w₂ acts like an autoencoder for inputs s₁ …"');
    expect(passage).toContain('Namely, if $w_2$ acts like an autoencoder for inputs $s_1$');
  });

  it('brings the display that a paragraph ending in ":" introduces', () => {
    const passage = findPassage(note, '"The alignment happens so long as:", second line')!;
    expect(passage.split('\n\n')).toHaveLength(2);
    expect(passage).toContain('in_1\\cdot in_2 - in_1\\cdot ex_2 - in_2\\cdot ex_2');
  });

  it('quotes no heading: a section is no passage', () => {
    expect(findPassage(note, '"So what is going on?": local gradient')).toBeUndefined();
    expect(findPassage(note, '"What does this tell us?"')).toBeUndefined();
  });

  it('quotes the equation a paragraph introduces, not the section around it', () => {
    const passage = findPassage(note, '"Lets write out the gradients:" the local gradient')!;
    expect(passage.split('\n\n')).toHaveLength(2);
    expect(passage).toMatch(/^Lets write out the gradients:\s*\n\n\$\$\\begin\{align\}\nlocal:/);
    expect(passage).not.toContain('Here we can see');
  });

  it('quotes nothing for no quotation, a short one, one not in the note, or one in two places', () => {
    const sources = ['first display equation: global = local + Σ distant', '"Lets write"', '"# So what is going on?"', '"gradients never align anywhere at all"', 'new', undefined];
    expect(sources.map((s) => findPassage(note, s))).toEqual(sources.map(() => undefined));
    const twice = readNote('first paragraph about local gradients here\n\nsecond paragraph about local gradients here');
    expect(findPassage(twice, '"paragraph about local gradients"')).toBeUndefined();
  });

  it("gives, for every claim of the ledger, nothing or verbatim text of the note holding the quotation's words", () => {
    const files = readdirSync(join(REPO_ROOT, 'properties')).filter((f) => f.endsWith('.property.test.ts'));
    const sources = files.flatMap((f) => [...readFileSync(join(REPO_ROOT, 'properties', f), 'utf8').matchAll(/^\s*source: '(.*)',$/gm)].map((m) => m[1]!));
    const passages = sources.map((s) => [s, findPassage(note, s)] as const);
    for (const [source, passage] of passages) {
      if (passage === undefined) continue;
      expect(text).toContain(passage);
      for (const part of quotedParts(source)) expect(letters(passage)).toContain(part);
    }
    expect(passages.filter(([, p]) => p).length).toBeGreaterThanOrEqual(10);
  });
});
