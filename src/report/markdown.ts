import katexModule from '@vscode/markdown-it-katex';
import katex, { type KatexOptions } from 'katex';
import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';

/** Maps a link target written in a source file to its address in the site, or undefined to drop the link. */
export type LinkMap = (href: string) => string | undefined;

/** TeX macros shared by every formula of one renderer (e.g. the note's \pderiv). */
export type Macros = NonNullable<KatexOptions['macros']>;

interface LinkEnv {
  readonly links: LinkMap;
  /** Levels of the links dropped and not yet closed. */
  readonly dropped: number[];
}

/** The plugin is CommonJS with `exports.default`; under Node's ESM interop that is `.default`. */
const katexPlugin = ((katexModule as unknown as { default?: unknown }).default ?? katexModule) as (md: InstanceType<typeof MarkdownIt>, options: object) => void;

/** GitHub's heading ids: lower case, punctuation dropped, each space a hyphen ("What does this tell us?" → what-does-this-tell-us). */
export const githubSlug = (s: string): string => s.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

const isExternal = (href: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#');

/** KaTeX with the given macros; a bad formula becomes a red .katex-error node, never a throw. */
function katexWith(macros: Macros): typeof katex {
  const renderToString = (tex: string, options?: KatexOptions) =>
    katex.renderToString(tex, { ...options, macros: { ...macros }, throwOnError: false });
  return { ...katex, renderToString } as typeof katex;
}

/**
 * A markdown-it renderer: $…$ and $$…$$ typeset by KaTeX on the server, headings with
 * GitHub-style ids, and relative links rewritten by `env.links` (external links kept).
 */
export function createMarkdown(macros: Macros = {}): { render(source: string, links: LinkMap): string; inline(source: string): string; tex(tex: string, display: boolean): string } {
  const k = katexWith(macros);
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false })
    .use(katexPlugin, { katex: k, throwOnError: false })
    .use(anchor, { tabIndex: false, slugify: githubSlug });
  const defaultOpen = md.renderer.rules.link_open ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  const defaultClose = md.renderer.rules.link_close ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, i, options, envIn, self) => {
    const env = envIn as unknown as LinkEnv;
    const href = String(tokens[i]!.attrGet('href') ?? '');
    if (isExternal(href)) return defaultOpen(tokens, i, options, envIn, self);
    const target = env.links(href);
    if (target === undefined) {
      env.dropped.push(Number(tokens[i]!.level));
      return '<span class="dropped-link">';
    }
    tokens[i]!.attrSet('href', target);
    return defaultOpen(tokens, i, options, envIn, self);
  };
  md.renderer.rules.link_close = (tokens, i, options, envIn, self) => {
    const env = envIn as unknown as LinkEnv;
    if (env.dropped.at(-1) === Number(tokens[i]!.level)) {
      env.dropped.pop();
      return '</span>';
    }
    return defaultClose(tokens, i, options, envIn, self);
  };
  return {
    render: (source, links) => md.render(source, { links, dropped: [] } satisfies LinkEnv as unknown as Record<string, unknown>),
    inline: (source) => md.renderInline(source, { links: () => undefined, dropped: [] } satisfies LinkEnv as unknown as Record<string, unknown>),
    tex: (tex, display) => k.renderToString(tex, { displayMode: display }),
  };
}
