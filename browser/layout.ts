import type { Page } from 'playwright-core';

/** The widths every page is checked at: a phone and a desktop. */
export const WIDTHS = [400, 1400] as const;

/**
 * What a reader would see wrong at this width: a page wider than the window; a verdict badge off
 * screen; a box whose content is cut off (overflow hidden and wider inside), display math above
 * all; an equation number overprinting its formula; raw TeX or JSON in the text; a verdict's badges
 * in more than one colour, two verdicts in one, or a blueprint node not in its verdict's colour.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const W = window.innerWidth;
    const doc = document.documentElement;
    if (doc.scrollWidth > W) out.push(`page is ${doc.scrollWidth} px wide in a ${W} px window`);
    const badge = document.querySelector('h1 .badge, td.verdict .badge');
    if (badge) {
      const r = badge.getBoundingClientRect();
      if (r.left < 0 || r.right > W) out.push(`the first verdict badge spans x = ${Math.round(r.left)}–${Math.round(r.right)}, outside the ${W} px window`);
    }
    for (const el of Array.from(document.querySelectorAll('body *:not(pre *):not(.katex *)'))) { // KaTeX's own struts clip by design
      const s = getComputedStyle(el);
      const clips = s.overflowX === 'hidden' || s.overflowX === 'clip';
      if (clips && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth - el.clientWidth} px cut off at the right`);
    }
    for (const d of Array.from(document.querySelectorAll('.katex-display'))) {
      const s = getComputedStyle(d);
      if (d.scrollWidth > d.clientWidth + 1 && s.overflowX !== 'auto' && s.overflowX !== 'scroll') out.push('display math wider than its box, which does not scroll');
      if (d.getBoundingClientRect().right > W + 0.5) out.push('display math runs past the window');
      const tags = Array.from(d.querySelectorAll('.tag .eqn-num, .tag > .vlist-t'));
      const bases = Array.from(d.querySelectorAll('.katex-html > .base')).map((b) => b.getBoundingClientRect());
      for (const t of tags) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (bases.some((b) => r.left < b.right - 0.5 && b.left < r.right - 0.5 && r.top < b.bottom && b.top < r.bottom)) out.push(`equation number ${t.textContent} overprints its formula`);
      }
    }
    const colours = new Map<string, Set<string>>();
    for (const b of Array.from(document.querySelectorAll('.badge'))) {
      const v = /verdict-(\w+)/.exec(b.className)?.[1] ?? '';
      colours.set(v, (colours.get(v) ?? new Set()).add(getComputedStyle(b).backgroundColor));
    }
    for (const [v, cs] of colours) if (cs.size !== 1 || cs.has('rgba(0, 0, 0, 0)')) out.push(`the ${v} badges have colours ${[...cs].join(', ')}`);
    const each = [...colours.values()].map((cs) => [...cs][0]);
    if (new Set(each).size !== each.length) out.push('two verdicts share a colour');
    for (const n of Array.from(document.querySelectorAll('svg.blueprint .node'))) {
      const v = n.getAttribute('data-verdict')!;
      const fill = getComputedStyle(n.querySelector('rect')!).fill;
      if (colours.has(v) && !colours.get(v)!.has(fill)) out.push(`blueprint node ${n.getAttribute('data-id')} is ${fill}, not the ${v} colour`);
    }
    const text = (root: Element) => {
      const clone = root.cloneNode(true) as Element;
      for (const k of Array.from(clone.querySelectorAll('pre, code, .katex, script, style'))) k.remove();
      return clone.textContent ?? '';
    };
    const raw = /[_^]\{|\\[a-zA-Z]+[{ ]|\{"[a-zA-Z]+":|\$[^$\s]/.exec(text(document.querySelector('main') ?? document.body));
    if (raw && !location.pathname.includes('/source/') && !location.pathname.includes('/formal/')) out.push(`raw TeX or JSON in the text: "${raw[0]}"`);
    return out;
  });
}
