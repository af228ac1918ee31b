import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/** What one page showed: problems found on it, and the internal links it has. */
export interface PageReport {
  readonly url: string;
  readonly problems: string[];
  readonly links: string[];
}

/** Opens a file:// page and records console errors, page errors, failed and non-file requests. */
export async function visit(context: BrowserContext, url: string, inspect?: (page: Page) => Promise<string[]>): Promise<PageReport> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`); });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok() && !url.startsWith('file:')) problems.push(`status ${response?.status()}`);
  await page.evaluate(() => document.fonts.ready);
  problems.push(...(await pageProblems(page)), ...((await inspect?.(page)) ?? []));
  // getAttribute, not .href: an SVG <a>'s href is no string
  const links = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href).filter((h) => h.startsWith('file:')));
  await page.close();
  return { url, problems, links };
}

/** KaTeX errors, raw $$ left in the text, images that did not load. */
async function pageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const errors = document.querySelectorAll('.katex-error');
    if (errors.length) out.push(`${errors.length} .katex-error node(s): ${errors[0]!.textContent?.slice(0, 80)}`);
    if (document.body.innerText.includes('$$')) out.push('raw $$ in the text');
    for (const img of Array.from(document.images)) if (!img.complete || img.naturalWidth === 0) out.push(`image not loaded: ${img.src}`);
    return out;
  });
}

/** The ids of each page's elements, read once per page. */
const idsOf = new WeakMap<BrowserContext, Map<string, Set<string>>>();

/** Does the link's file exist, and its #fragment name an element of that page? */
export async function checkLink(context: BrowserContext, href: string): Promise<string | undefined> {
  const url = new URL(href);
  const path = fileURLToPath(url);
  if (!existsSync(path)) return `broken link: ${href}`;
  if (!url.hash) return undefined;
  const cache = idsOf.get(context) ?? new Map<string, Set<string>>();
  idsOf.set(context, cache);
  if (!cache.has(path)) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path).href);
    cache.set(path, new Set(await page.$$eval('[id]', (es) => es.map((e) => e.id))));
    await page.close();
  }
  const id = decodeURIComponent(url.hash.slice(1));
  return cache.get(path)!.has(id) ? undefined : `no element #${id} for link ${href}`;
}

/** Visits every page reachable from `start` by internal links; returns each page's report. */
export async function crawl(context: BrowserContext, start: string): Promise<PageReport[]> {
  const seen = new Set([start]);
  const queue = [start];
  const reports: PageReport[] = [];
  const checked = new Map<string, string | undefined>();
  while (queue.length) {
    const url = queue.shift()!;
    const report = await visit(context, url);
    for (const href of report.links) {
      if (!checked.has(href)) checked.set(href, await checkLink(context, href));
      const problem = checked.get(href);
      if (problem) report.problems.push(problem);
      const page = href.split('#')[0]!;
      if (!problem && page.endsWith('.html') && !seen.has(page)) {
        seen.add(page);
        queue.push(page);
      }
    }
    reports.push(report);
  }
  return reports;
}
