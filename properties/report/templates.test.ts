/**
 * The page templates: every value escaped, one claim template for every claim (a user's
 * conjecture and an error included), a refuted claim's counterexample typeset beside its proof.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lang/define.js';
import { parseClaimsJson, type ReportClaim } from '../../src/report/claims-json.js';
import { createMarkdown } from '../../src/report/markdown.js';
import { renderPage } from '../../src/report/render.js';
import { claimContext } from '../../src/report/claim-page.js';
import { readNote } from '../../src/report/note.js';
import { relations } from '../../src/report/relations.js';
import { rowView } from '../../src/report/view.js';

const FIXTURE = 'properties/fixtures/report/claims.json';
const claims = parseClaimsJson(readFileSync(join(REPO_ROOT, FIXTURE), 'utf8'), FIXTURE);
const byId = (id: string) => claims.find((c) => c.id === id)!;
const md = createMarkdown();
const base = { nav: [], root: '../' };

function claimPage(c: ReportClaim): string {
  const inputs = {
    proofText: 'the proof', counterexampleText: c.counterexample ? readFileSync(join(REPO_ROOT, c.counterexample), 'utf8') : undefined,
    links: () => undefined, note: readNote(''), cites: [], rel: relations(claims), byId: new Map(claims.map((k) => [k.id, k])),
  };
  return renderPage('claim.njk', { ...base, title: c.id, ...claimContext(c, inputs, { md, noteMd: md }) });
}

describe('index.njk', () => {
  it('lists every claim with a link to its page and a badge with colour class and word', () => {
    const html = renderPage('index.njk', { ...base, root: '', title: 'Ledger', claims: claims.map((c) => rowView(c, md.inline)) });   // Act
    for (const c of claims) {                                                                                       // Assert
      expect(html).toContain(`<a href="claims/${c.id}.html">${c.id}</a>`);
      expect(html).toContain(`<span class="badge verdict-${c.verdict}">${c.verdict}</span>`);
    }
    expect(html).toContain('<li>confidence interval [0.548, 0.998], claimed above 0.5</li>');
    expect(html).toContain('<li>proved for every shape (Coq)</li>');
    expect(html).toContain('<span class="katex">');  // C1's statement, typeset
    expect(html).not.toContain('<script>');
  });
});

describe('claim.njk', () => {
  it('escapes the statement and hypotheses', () => {
    const html = claimPage(byId('C6'));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('two-layer linear nets &amp; one sample');
    expect(html).not.toContain('<script>');
  });

  it("typesets a refuted claim's network as matrices, with the failing quantity and the replay command", () => {
    const html = claimPage(byId('C6'));
    const names = [...html.matchAll(/class="matrix" data-name="([^"]+)"/g)].map((m) => m[1]);
    expect(html).toContain('<h2>Counterexample</h2>');
    expect(names).toEqual(['W1', 'W2', 'x', 's1*', 's2*']);       // properties/fixtures/two-layer.json: 2 layers
    expect(html.match(/class="katex-display"/g)?.length).toBe(5);
    expect(html).not.toContain('katex-error');
    expect(html).toContain('local_1 · distant_12 = −3/4 &lt; 0');
    expect(html).toContain('npx why-alignment gradients properties/fixtures/two-layer.json --exact');
  });

  it('draws a statistical check and tabulates certificates', () => {
    const stat = claimPage(byId('C5'));
    const cert = claimPage(byId('C1'));
    expect(stat).toContain('<rect class="claimed"');
    expect(stat).toContain('class="ci inside"');
    expect(cert).toContain('<td>z3-unsat</td><td>linear 2-2-1</td><td>negation unsat</td>');
    expect(cert).not.toContain('class="counterexample"');
  });

  it("renders a user's conjecture with only the required fields, and its error", () => {
    const html = claimPage(byId('X1'));
    expect(html).toContain('<span class="badge verdict-error">error</span>');
    expect(html).toContain('X1.property.test.ts:12 boom');
    expect(html).not.toContain('undefined');
  });
});
