import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportClaim } from '../src/report/claims-json.js';
import { readBlueprint } from './blueprint.js';
import { launchChromium } from './chromium.js';
import { crawl, type PageReport, visit } from './crawl.js';
import { layoutProblems, WIDTHS } from './layout.js';

const ROOT = join(import.meta.dirname, '..');
/** The site `npx why-alignment report --out report` writes; the screenshots go beside it (the site holds only its own files). */
const OUT = process.env.REPORT_DIR ?? join(ROOT, 'report');
/** A `claims --json` file to build from instead of running the ledger (optional). */
const FROM = process.env.REPORT_FROM;
const BIN = join(ROOT, 'src/cli/why-alignment.mjs');
const index = pathToFileURL(join(OUT, 'index.html')).href;
const SHOTS = `${OUT}-screenshots`;

/** The ledger's claims --json, outside the work tree. */
const scratch = mkdtempSync(join(tmpdir(), 'report-browser-'));
let context: BrowserContext;
let pages: PageReport[];
let claims: ReportClaim[];
/** Layout problems at 1400 px, found while crawling. */
const wide: string[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const json = FROM ?? join(scratch, 'claims.json');
  if (!FROM) writeFileSync(json, execFileSync(process.execPath, [BIN, 'claims', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] }));
  claims = (JSON.parse(readFileSync(json, 'utf8')) as { claims: ReportClaim[] }).claims;
  execFileSync(process.execPath, [BIN, 'report', '--out', OUT, '--from', json], { stdio: ['ignore', 'inherit', 'inherit'] });
  context = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  pages = await crawl(context, index, async (page) => {
    wide.push(...(await layoutProblems(page)).map((q) => `${short(page.url())}: ${q}`));
    await screenshot(page, 1400);
    return [];
  });
}, 600_000);

afterAll(async () => {
  await context?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const short = (url: string) => url.slice(pathToFileURL(OUT).href.length + 1);
/** Screenshots at each width in report-screenshots/: a few pages, or every page with SCREENSHOTS=all. */
async function screenshot(page: Page, width: number): Promise<void> {
  const name = short(page.url()).replace(/\//g, '-').replace(/\.html$/, '');
  const few = /^(index|blueprint|reproduction|claims-(C6|C9r|T1|T9)|docs-note)$/.test(name);
  if (few || process.env.SCREENSHOTS === 'all') await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
}

describe('the report in headless chromium', () => {
  it('reaches every page the command wrote, from the index, by links', () => {
    const dirs = ['claims', 'docs', 'guide', 'source', 'formal'].filter((d) => readdirSync(OUT).includes(d));
    const written = ['index.html', 'blueprint.html', 'reproduction.html', ...dirs.flatMap((d) => readdirSync(join(OUT, d)).filter((f) => f.endsWith('.html')).map((f) => `${d}/${f}`))];
    expect(pages.map((p) => short(p.url)).sort()).toEqual(written.sort());
  });

  it('loads every page with no console error, no KaTeX error, no raw $$, no broken link, nothing fetched', () => {
    expect(pages.flatMap((p) => p.problems.map((q) => `${short(p.url)}: ${q}`))).toEqual([]);
  });

  it(`at ${WIDTHS[1]} px: no page wider than the window, nothing cut off, raw or overprinted`, () => {
    expect(wide).toEqual([]);
  });

  it(`at ${WIDTHS[0]} px: no page wider than the window, nothing cut off, raw or overprinted, the verdict in view`, async () => {
    const problems: string[] = [];
    const page = await context.newPage();
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    for (const p of pages) {
      await page.goto(p.url);
      await page.evaluate(() => document.fonts.ready);
      problems.push(...(await layoutProblems(page)).map((q) => `${short(p.url)}: ${q}`));
      await screenshot(page, WIDTHS[0]);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('the index', () => {
  it('counts the claims per verdict, and its filter shows exactly the rows of the verdict chosen', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(index);
    const counts = await page.$$eval('.counts .count', (cs) => cs.map((c) => [c.getAttribute('data-verdict')!, Number.parseInt(c.textContent!, 10)] as const));
    const expected = [...new Set(claims.map((c) => c.verdict))].map((v) => [v, claims.filter((c) => c.verdict === v).length] as const);
    expect(new Map<string, number>(counts)).toEqual(new Map<string, number>(expected));
    for (const [verdict, n] of expected) {
      await page.click(`label[for="show-${verdict}"]`);
      const shown = await page.$$eval('table.ledger tbody tr', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.className));
      expect(shown, `filter ${verdict}`).toEqual(Array.from({ length: n }, () => `row-${verdict}`));
    }
    await page.click('label[for="show-all"]');
    expect(await page.$$eval('table.ledger tbody tr', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length)).toBe(claims.length);
    await page.close();
  });

  it("shows a refuted claim's counterexample as typeset matrices, with links to its JSON and its repair", async () => {
    const refuted = claims.find((c) => c.verdict === 'refuted' && claims.some((r) => r.id === `${c.id}r`))!;
    const seen = await visit(context, pathToFileURL(join(OUT, `claims/${refuted.id}.html`)).href, async (page) => {
      const names = await page.$$eval('.counterexample .matrix', (ms) => ms.filter((m) => m.querySelector('.katex .mtable')).map((m) => m.getAttribute('data-name')));
      const replay = await page.textContent('.counterexample .replay');
      const repair = await page.getAttribute('.repair-link a', 'href');
      const json = await page.getAttribute('a.cx-link', 'href');
      return [
        ...(names.includes('W1') && names.includes('x') && names.includes('s1*') ? [] : [`matrices shown: ${names.join(', ')}`]),
        ...(replay?.includes('npx why-alignment gradients counterexamples/') ? [] : [`replay command: ${replay}`]),
        ...(repair === `../claims/${refuted.id}r.html` ? [] : [`repair link: ${repair}`]),
        ...(json === `../counterexamples/${refuted.id}.json` ? [] : [`counterexample link: ${json}`]),
      ];
    });
    expect(seen.problems).toEqual([]);
  });
});

describe('the blueprint', () => {
  const open = async (width: number) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(join(OUT, 'blueprint.html')).href);
    return { page, g: await readBlueprint(page) };
  };

  it('draws one node per claim, linked to its page, and one arrow per claim its proof uses', async () => {
    const { page, g } = await open(1400);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(claims.map((c) => c.id).sort());
    for (const n of g.nodes) expect(n.href).toBe(`claims/${n.id}.html`);
    expect(g.edges.sort()).toEqual(claims.flatMap((c) => (c.uses ?? []).map((u) => `${u}→${c.id}`)).sort());
    expect(g.edges.length).toBeGreaterThan(0);
    await page.close();
  });

  it("colours each node as its verdict's badge in the legend, and no two verdicts alike", async () => {
    const { page, g } = await open(1400);
    for (const n of g.nodes) {
      expect(n.verdict).toBe(claims.find((c) => c.id === n.id)!.verdict);
      expect(n.className).toContain(`verdict-${n.verdict}`);
      expect(n.fill, n.id).toBe(g.badges[n.verdict]);
    }
    expect(Object.keys(g.badges)).toHaveLength(7);
    expect(new Set(Object.values(g.badges)).size).toBe(7);
    await page.close();
  });

  it('fits a 400 px window by scrolling inside its own box, drawn at full size', async () => {
    const { page, g } = await open(400);
    expect(g.pageWidth).toBeLessThanOrEqual(400);
    expect(g.box.right).toBeLessThanOrEqual(400);
    expect(g.box.overflowX).toBe('auto');
    expect(g.svgWidth).toBeGreaterThan(400);
    expect(g.box.scrollWidth).toBeGreaterThan(g.box.clientWidth);
    await page.close();
  });
});
