import type { Page } from 'playwright-core';

/** The blueprint as drawn: its nodes (id, verdict class, fill), its arrows, and how its box fits the window. */
export async function readBlueprint(page: Page) {
  return page.evaluate(() => {
    const nodes = Array.from(document.querySelectorAll('svg.blueprint a.node')).map((a) => ({
      id: a.getAttribute('data-id')!, verdict: a.getAttribute('data-verdict')!, className: a.getAttribute('class')!,
      href: a.getAttribute('href')!, fill: getComputedStyle(a.querySelector('rect')!).fill,
    }));
    const edges = Array.from(document.querySelectorAll('svg.blueprint path.edge')).map((e) => `${e.getAttribute('data-from')}→${e.getAttribute('data-to')}`);
    const box = document.querySelector('.graph-box')!;
    const svg = box.querySelector('svg')!.getBoundingClientRect();
    const badges = Object.fromEntries(Array.from(document.querySelectorAll('.legend .badge')).map((b) => [b.textContent!.trim(), getComputedStyle(b).backgroundColor]));
    return {
      nodes, edges, badges, svgWidth: svg.width, pageWidth: document.documentElement.scrollWidth,
      box: { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, overflowX: getComputedStyle(box).overflowX, right: box.getBoundingClientRect().right },
    };
  });
}
