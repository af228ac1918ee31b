import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { blueprint } from './blueprint.js';
import { claimContext } from './claim-page.js';
import { readBounded } from '../io/read-bounded.js';
import type { ReportClaim } from './claims-json.js';
import { LEGEND, verdictCounts } from './ladder.js';
import { linkMap } from './links.js';
import { createMarkdown } from './markdown.js';
import { citations, notePageHtml } from './note-page.js';
import { readNote } from './note.js';
import { provenance } from './provenance.js';
import { type NavLink, renderPage } from './render.js';
import { figureRuns, sweepSection } from './reproduction.js';
import { relations } from './relations.js';
import { sourceView } from './source-page.js';
import { rowView } from './view.js';

/** Options of buildSite. */
export interface SiteOptions {
  /** The repository the claims' paths are relative to (proofs/, docs/, counterexamples/). */
  readonly root: string;
  /** The folder to write: a fresh one (site-dir.ts puts it in place). */
  readonly out: string;
  /** A date to print in the footer. @defaultValue none */
  readonly generated?: string;
  /** The base seed the ledger ran with, for the footer. @defaultValue each claim's own */
  readonly seed?: string;
}

/** A repository file's text (bounded: read-bounded.ts), or undefined where there is no regular file (none, a folder, a pipe). */
const read = (path: string): string | undefined => (statSync(path, { throwIfNoEntry: false })?.isFile() ? readBounded(path) : undefined);
const NAV_TITLES: Record<string, string> = { note: 'The note', README: 'Notation', statistics: 'Statistics' };
const mdFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []);
/** Folders of the site that hold one file per claim, document or source: emptied before each run. */

/**
 * Writes the site: index.html, blueprint.html, claims/<id>.html, docs/<name>.html (proofs/),
 * guide/<name>.html (docs/), source/<id>.html, formal/<file>.html, reproduction.html, and assets.
 */
export function buildSite(claims: readonly ReportClaim[], o: SiteOptions): string[] {
  const paths = new Map<string, string>(claims.map((c) => [c.proof, `claims/${c.id}.html`]));
  for (const c of claims) paths.set(c.property, `source/${c.id}.html`);
  const docs = mdFiles(join(o.root, 'proofs')).filter((f) => !paths.has(`proofs/${f}`));
  for (const f of docs) paths.set(`proofs/${f}`, `docs/${basename(f, '.md')}.html`);
  const guide = mdFiles(join(o.root, 'docs'));
  for (const f of guide) paths.set(`docs/${f}`, `guide/${basename(f, '.md')}.html`);
  const formal = existsSync(join(o.root, 'proofs/formal')) ? readdirSync(join(o.root, 'proofs/formal')).filter((f) => f.endsWith('.v')).sort() : [];
  for (const f of formal) paths.set(`proofs/formal/${f}`, `formal/${basename(f, '.v')}.html`);
  const figures = existsSync(join(o.root, 'proofs/figures')) ? readdirSync(join(o.root, 'proofs/figures')).filter((f) => f.endsWith('.svg')) : [];
  for (const f of figures) paths.set(`proofs/figures/${f}`, `figures/${f}`);
  const nav: NavLink[] = [
    ...['note', 'README', 'statistics'].filter((d) => docs.includes(`${d}.md`)).map((d) => ({ page: `docs/${d}.html`, title: NAV_TITLES[d]! })),
    ...(guide.includes('index.md') ? [{ page: 'guide/index.html', title: 'Guide' }] : []),
  ];
  const note = readNote(read(join(o.root, 'proofs/note.md')) ?? '');
  const md = createMarkdown();
  const noteMd = createMarkdown(note.macros);
  const cites = citations(note, claims);
  const rel = relations(claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const written: string[] = [];
  const write = (page: string, html: string) => {
    mkdirSync(dirname(join(o.out, page)), { recursive: true });
    writeFileSync(join(o.out, page), html);
    written.push(page);
  };
  const base = { nav, generated: o.generated, made: provenance(o.root, o.seed), ladder: LEGEND };

  const saved = new Set(claims.filter((c) => c.counterexample && existsSync(join(o.root, c.counterexample))).map((c) => c.id));
  write('index.html', renderPage('index.njk', {
    ...base, title: 'Ledger', root: '', claims: claims.map((c) => ({ ...rowView(c, md.inline), cxSaved: saved.has(c.id) })), counts: verdictCounts(claims.map((c) => c.verdict)),
  }));
  const formalList = formal.map((f) => ({ file: f, page: `${basename(f, '.v')}.html`, claims: claims.filter((c) => c.formal?.file === `proofs/formal/${f}`).map((c) => c.id) }));
  write('blueprint.html', renderPage('blueprint.njk', { ...base, title: 'Blueprint', root: '', graph: blueprint(claims), formal: formalList }));
  for (const c of claims) {
    const page = `claims/${c.id}.html`;
    const inputs = {
      proofText: read(join(o.root, c.proof)), counterexampleText: c.counterexample ? read(join(o.root, c.counterexample)) : undefined,
      links: linkMap(paths, c.proof, page), note, cites, rel, byId,
    };
    write(page, renderPage('claim.njk', { ...base, title: `${c.id} ${c.name}`, root: '../', ...claimContext(c, inputs, { md, noteMd }) }));
    const source = read(join(o.root, c.property));
    if (source !== undefined) write(`source/${c.id}.html`, renderPage('source.njk', { ...base, title: c.property, root: '../', file: c.property, back: c.id, ...sourceView(source) }));
    if (saved.has(c.id)) {
      mkdirSync(join(o.out, 'counterexamples'), { recursive: true });
      cpSync(join(o.root, c.counterexample!), join(o.out, 'counterexamples', `${c.id}.json`));
    }
  }
  for (const f of formal) {
    const text = read(join(o.root, 'proofs/formal', f))!;
    write(`formal/${basename(f, '.v')}.html`, renderPage('source.njk', { ...base, title: `proofs/formal/${f}`, root: '../', file: `proofs/formal/${f}`, raw: f, ...sourceView(text) }));
    cpSync(join(o.root, 'proofs/formal', f), join(o.out, 'formal', f));
  }
  for (const f of docs) {
    const page = paths.get(`proofs/${f}`)!;
    const text = read(join(o.root, 'proofs', f))!;
    const html = f === 'note.md' // the header (source, how it was transcribed), then the transcript with its passages marked
      ? md.render(text.slice(0, Math.max(0, text.length - note.text.length)), linkMap(paths, `proofs/${f}`, page)) + notePageHtml(note, cites, (m) => noteMd.render(m, () => undefined), (id) => `../claims/${id}.html`)
      : md.render(text, linkMap(paths, `proofs/${f}`, page));
    write(page, renderPage('doc.njk', { ...base, title: basename(f, '.md'), root: '../', html }));
  }
  for (const f of guide) {
    const page = paths.get(`docs/${f}`)!;
    write(page, renderPage('doc.njk', { ...base, title: basename(f, '.md'), root: '../', html: md.render(read(join(o.root, 'docs', f))!, linkMap(paths, `docs/${f}`, page)) }));
  }
  const reproduction = read(join(o.root, 'docs/reproduction.md')) ?? '';
  const sweep = sweepSection(reproduction);
  write('reproduction.html', renderPage('reproduction.njk', {
    ...base, title: 'Reproduction', root: '', runs: figureRuns(),
    figures: figures.map((f) => ({ file: f, alt: basename(f, '.svg').replace(/-/g, ' ') })),
    sweep: sweep && md.render(sweep, linkMap(paths, 'docs/reproduction.md', 'reproduction.html')),
  }));
  copyAssets(o.root, o.out, figures);
  return written;
}

/** KaTeX's CSS and fonts, the site's stylesheet, and the figures: everything a page loads. */
function copyAssets(root: string, out: string, figures: readonly string[]): void {
  const katexDir = dirname(createRequire(import.meta.url).resolve('katex/package.json'));
  mkdirSync(join(out, 'katex'), { recursive: true });
  cpSync(join(katexDir, 'dist/katex.min.css'), join(out, 'katex/katex.min.css'));
  cpSync(join(katexDir, 'dist/fonts'), join(out, 'katex/fonts'), { recursive: true });
  cpSync(new URL('./style.css', import.meta.url), join(out, 'style.css'));
  mkdirSync(join(out, 'figures'), { recursive: true });
  for (const f of figures) cpSync(join(root, 'proofs/figures', f), join(out, 'figures', f));
}
