import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { readBounded } from '../io/read-bounded.js';
import type { ReportClaim } from './claims-json.js';
import { linkMap } from './links.js';
import { createMarkdown } from './markdown.js';
import { findPassage, readNote } from './note.js';
import { type NavLink, renderPage } from './render.js';
import { sweepSection } from './reproduction.js';
import { checkView, counterexampleView, failingQuantities, replayCommand, rowView } from './view.js';

/** Options of buildSite. */
export interface SiteOptions {
  /** The repository the claims' paths are relative to (proofs/, counterexamples/, README.md). */
  readonly root: string;
  /** The folder to write: a fresh one (site-dir.ts puts it in place). */
  readonly out: string;
  /** A date to print in the footer. @defaultValue none */
  readonly generated?: string;
}

/** A repository file's text (bounded: read-bounded.ts), or undefined where there is no regular file (none, a folder, a pipe). */
const read = (path: string): string | undefined => (statSync(path, { throwIfNoEntry: false })?.isFile() ? readBounded(path) : undefined);
/** A proof without its first-level title: the page's own heading names the claim. */
const withoutTitle = (md: string): string => md.replace(/^# [^\n]*\n/, '');
const NAV_TITLES: Record<string, string> = { note: 'The note', README: 'Notation', statistics: 'Statistics' };

/** Writes the site: index.html, claims/<id>.html, docs/<name>.html, reproduction.html, KaTeX's CSS and fonts. */
export function buildSite(claims: readonly ReportClaim[], o: SiteOptions): string[] {
  const paths = new Map<string, string>(claims.map((c) => [c.proof, `claims/${c.id}.html`]));
  const docs = readdirSync(join(o.root, 'proofs')).filter((f) => f.endsWith('.md') && !paths.has(`proofs/${f}`));
  for (const f of docs) paths.set(`proofs/${f}`, `docs/${basename(f, '.md')}.html`);
  const figures = existsSync(join(o.root, 'proofs/figures')) ? readdirSync(join(o.root, 'proofs/figures')).filter((f) => f.endsWith('.svg')) : [];
  for (const f of figures) paths.set(`proofs/figures/${f}`, `figures/${f}`);
  const nav: NavLink[] = ['note', 'README', 'statistics'].filter((d) => docs.includes(`${d}.md`)).map((d) => ({ page: `${d}.html`, title: NAV_TITLES[d]! }));
  const note = readNote(read(join(o.root, 'proofs/note.md')) ?? '');
  const md = createMarkdown();
  const noteMd = createMarkdown(note.macros);
  const written: string[] = [];
  const write = (page: string, html: string) => {
    mkdirSync(dirname(join(o.out, page)), { recursive: true });
    writeFileSync(join(o.out, page), html);
    written.push(page);
  };
  const base = { nav, generated: o.generated };

  write('index.html', renderPage('index.njk', { ...base, title: 'Ledger', root: '', claims: claims.map(rowView) }));
  for (const c of claims) {
    const page = `claims/${c.id}.html`;
    const proofText = read(join(o.root, c.proof));
    const passage = findPassage(note, c.source);
    const cx = c.counterexample ? counterexampleView(read(join(o.root, c.counterexample)), (t) => md.tex(t, true)) : {};
    write(page, renderPage('claim.njk', {
      ...base, title: `${c.id} ${c.name}`, root: '../', c, ...cx,
      proof: proofText && md.render(withoutTitle(proofText), linkMap(paths, c.proof, page)),
      passage: passage && noteMd.render(passage, () => undefined),
      checks: c.checks.map(checkView), quantities: failingQuantities(c),
      replay: c.counterexample && replayCommand(c.counterexample),
    }));
  }
  for (const f of docs) {
    const page = paths.get(`proofs/${f}`)!;
    const text = read(join(o.root, 'proofs', f))!;
    const html = (f === 'note.md' ? noteMd : md).render(f === 'note.md' ? text.replace(/\$\$[^$]*\\newcommand[^$]*\$\$/, '') : text, linkMap(paths, `proofs/${f}`, page));
    write(page, renderPage('doc.njk', { ...base, title: basename(f, '.md'), root: '../', html }));
  }
  const sweep = sweepSection(read(join(o.root, 'README.md')) ?? '');
  write('reproduction.html', renderPage('reproduction.njk', {
    ...base, title: 'Reproduction', root: '',
    figures: figures.map((f) => ({ file: f, alt: basename(f, '.svg').replace(/-/g, ' ') })),
    sweep: sweep && md.render(sweep, linkMap(paths, 'README.md', 'reproduction.html')),
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
