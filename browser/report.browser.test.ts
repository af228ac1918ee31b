import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { crawl, type PageReport, visit } from './crawl.js';

const ROOT = join(import.meta.dirname, '..');
/** The site `npx why-alignment report --out report` writes; the screenshots go in it too. */
const OUT = process.env.REPORT_DIR ?? join(ROOT, 'report');
/** A `claims --json` file to build from instead of running the ledger (optional). */
const FROM = process.env.REPORT_FROM;
const index = pathToFileURL(join(OUT, 'index.html')).href;

let context: BrowserContext;
let pages: PageReport[];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'src/cli/why-alignment.mjs'), 'report', '--out', OUT, ...(FROM ? ['--from', FROM] : [])], { stdio: ['ignore', 'inherit', 'inherit'] });
  context = await launchChromium();
  pages = await crawl(context, index);
}, 600_000);

afterAll(async () => {
  await context?.close();
});

describe('the report in headless chromium', () => {
  it('reaches every page the command wrote, from the index, by links', () => {
    const written = ['index.html', 'reproduction.html', ...['claims', 'docs'].flatMap((d) => readdirSync(join(OUT, d)).map((f) => `${d}/${f}`))];
    const reached = pages.map((p) => p.url);
    expect(reached.sort()).toEqual(written.map((f) => pathToFileURL(join(OUT, f)).href).sort());
  });

  it('loads every page with no console error, no KaTeX error, no raw $$, no broken link, nothing fetched', () => {
    const problems = pages.flatMap((p) => p.problems.map((q) => `${p.url.slice(pathToFileURL(OUT).href.length)}: ${q}`));
    expect(problems).toEqual([]);
  });

  it("shows a refuted claim's counterexample as typeset matrices, and screenshots it and the index", async () => {
    const indexPage = await context.newPage();
    await indexPage.goto(index);
    const refuted = await indexPage.$$eval('tr:has(.verdict-refuted) td.id a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    mkdirSync(join(OUT, 'screenshots'), { recursive: true });
    await indexPage.screenshot({ path: join(OUT, 'screenshots/index.png'), fullPage: true });
    await indexPage.close();
    expect(refuted.length).toBeGreaterThan(0);

    const seen = await visit(context, refuted[0]!, async (page) => {
      const names = await page.$$eval('.counterexample .matrix', (ms) => ms.filter((m) => m.querySelector('.katex .mtable')).map((m) => m.getAttribute('data-name')));
      const replay = await page.textContent('.counterexample .replay');
      await page.screenshot({ path: join(OUT, `screenshots/${refuted[0]!.split('/').pop()!.replace('.html', '')}.png`), fullPage: true });
      return [
        ...(names.includes('W1') && names.includes('x') && names.includes('s1*') ? [] : [`matrices shown: ${names.join(', ')}`]),
        ...(replay?.includes('npx why-alignment gradients counterexamples/') ? [] : [`replay command: ${replay}`]),
      ];
    });
    expect(seen.problems).toEqual([]);
  });
});
