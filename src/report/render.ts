import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';

const TEMPLATES = fileURLToPath(new URL('./templates/', import.meta.url));

/** Nunjucks over src/report/templates, escaping every value unless a template marks it `| safe`. */
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATES), { autoescape: true, throwOnUndefined: false });

/** A link in the top bar to a rendered document (proofs/README.md → docs/README.html). */
export interface NavLink {
  readonly page: string;
  readonly title: string;
}

/** What every page gets: `root` is the path back to the site's top ("" or "../"). */
export interface PageContext {
  readonly title: string;
  readonly root: string;
  readonly nav: readonly NavLink[];
  readonly generated?: string;
}

/** Renders one template ("index.njk", "claim.njk", "doc.njk", "reproduction.njk") to HTML. */
export function renderPage(template: string, context: PageContext & Record<string, unknown>): string {
  return env.render(template, context);
}
