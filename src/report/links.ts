import { posix } from 'node:path';
import type { LinkMap } from './markdown.js';

/** Where the site puts each repo file it renders: repo path → site path (e.g. proofs/C6-….md → claims/C6.html). */
export type SitePaths = ReadonlyMap<string, string>;

/**
 * The links of a markdown file at repo path `from`, for a page at site path `page`: a link to a
 * file the site renders goes to its page (fragment kept); a link to any other file is dropped.
 */
export function linkMap(paths: SitePaths, from: string, page: string): LinkMap {
  const up = '../'.repeat(page.split('/').length - 1);
  return (href) => {
    const [file, fragment] = href.split('#', 2) as [string, string | undefined];
    let decoded: string;
    try {
      decoded = decodeURI(file);
    } catch {
      return undefined; // a malformed %-escape names no file
    }
    const target = paths.get(posix.normalize(posix.join(posix.dirname(from), decoded)));
    if (target === undefined) return undefined;
    return `${up}${target}${fragment === undefined ? '' : `#${fragment}`}`;
  };
}
