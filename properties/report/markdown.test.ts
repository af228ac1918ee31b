/**
 * Markdown with math, rendered on the server: KaTeX output, a visible error for bad TeX,
 * links rewritten to the site or dropped, raw HTML escaped.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/report/markdown.js';

const md = createMarkdown();
const noLinks = () => undefined;

describe('createMarkdown', () => {
  it('typesets $…$ and $$…$$ with KaTeX and leaves no dollar sign', () => {
    const html = md.render('Let $x^2$ be\n\n$$\\frac{a}{b}$$\n', noLinks);        // Act
    expect(html.match(/class="katex"/g)).toHaveLength(2);                         // Assert
    expect(html).toContain('katex-display');
    expect(html).not.toContain('$');
  });

  it('shows bad TeX as a .katex-error node instead of throwing', () => {
    expect(md.render('$\\frac{a$', noLinks)).toContain('katex-error');
  });

  it('escapes raw HTML in the markdown', () => {
    const html = md.render('a <script>alert(1)</script> b', noLinks);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('rewrites a relative link through the map, keeps an external one, drops one the map refuses', () => {
    const links = (href: string) => (href.startsWith('C6r') ? `claims/C6r.html${href.slice(href.indexOf('#'))}` : undefined);
    const html = md.render('[r](C6r-x.md#top) [g](https://example.org/a) [p](../properties/C6.ts)', links);
    expect(html).toContain('<a href="claims/C6r.html#top">r</a>');
    expect(html).toContain('<a href="https://example.org/a">g</a>');
    expect(html).toContain('<span class="dropped-link">p</span>');
  });

  it('gives headings the ids that links with a #fragment use', () => {
    expect(md.render('## The row-vector reading of the note', noLinks)).toContain('id="the-row-vector-reading-of-the-note"');
    expect(md.render('## What does this tell us?', noLinks)).toContain('id="what-does-this-tell-us"'); // GitHub's id, so one link works in both
  });
});
