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

/** Does the link's file exist, and its #fragment name an element of that page (`ids`: the ids of pages already read)? */
export async function checkLink(context: BrowserContext, href: string, ids: Map<string, Set<string>>): Promise<string | undefined> {
  const url = new URL(href);
  const path = fileURLToPath(url);
  if (!existsSync(path)) return `broken link: ${href}`;
  if (!url.hash) return undefined;
  const page = pathToFileURL(path).href;
  if (!ids.has(page)) {
    const p = await context.newPage();
    await p.goto(page);
    ids.set(page, new Set(await p.$$eval('[id]', (es) => es.map((e) => e.id))));
    await p.close();
  }
  const id = decodeURIComponent(url.hash.slice(1));
  return ids.get(page)!.has(id) ? undefined : `no element #${id} for link ${href}`;
}

/**
 * Visits every page reachable from `start` by internal links, running `inspect` on each, then
 * checks every link found (the file exists; its #fragment names an element there).
 */
export async function crawl(context: BrowserContext, start: string, inspect?: (page: Page) => Promise<string[]>): Promise<PageReport[]> {
  const seen = new Set([start]);
  const queue = [start];
  const reports: PageReport[] = [];
  const ids = new Map<string, Set<string>>();
  while (queue.length) {
    const url = queue.shift()!;
    const report = await visit(context, url, async (page) => {
      ids.set(url, new Set(await page.$$eval('[id]', (es) => es.map((e) => e.id))));
      return (await inspect?.(page)) ?? [];
    });
    for (const href of report.links) {
      const page = href.split('#')[0]!;
      if (page.endsWith('.html') && existsSync(fileURLToPath(page)) && !seen.has(page)) {
        seen.add(page);
        queue.push(page);
      }
    }
    reports.push(report);
  }
  const checked = new Map<string, string | undefined>();
  for (const report of reports) {
    for (const href of report.links) {
      if (!checked.has(href)) checked.set(href, await checkLink(context, href, ids));
      const problem = checked.get(href);
      if (problem) report.problems.push(problem);
    }
  }
  return reports;
}
