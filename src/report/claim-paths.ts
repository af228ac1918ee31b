import { realpathSync } from 'node:fs';
import { isAbsolute, join, posix, relative } from 'node:path';
import { InputError } from '../io/input-error.js';
import type { ReportClaim } from './claims-json.js';

/** The repository's folders a claim's files may be read from (a --dir ledger lives under properties/). */
export const CLAIM_FOLDERS = ['proofs', 'properties', 'counterexamples'] as const;
/** What each path field must name: a proof in markdown, a property file, a network file. */
const FIELDS = { proof: '.md', property: '.ts', counterexample: '.json' } as const;

const inside = (folder: string, path: string) => {
  const r = relative(folder, path);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
};

/** path resolved as far as it exists (symlinks followed), the missing rest appended. */
function resolveExisting(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = join(path, '..');
    return parent === path ? path : join(resolveExisting(parent), relative(parent, path));
  }
}

/** Is `path` (repo-relative, '/'-separated) a file of the repository at `root` inside one of CLAIM_FOLDERS? */
export function isClaimPath(path: string, root: string, extension: string): boolean {
  const normal = posix.normalize(path);
  const parts = normal.split('/');
  if (/[\\\0]/.test(path) || posix.isAbsolute(path) || parts.includes('..') || !normal.endsWith(extension)) return false;
  if (!(CLAIM_FOLDERS as readonly string[]).includes(parts[0]!) || parts.length < 2) return false;
  return inside(resolveExisting(join(root, parts[0]!)), resolveExisting(join(root, ...parts)));
}

/**
 * Refuses a claim whose proof, property or counterexample path leaves the repository's proofs/,
 * properties/ and counterexamples/ (absolute paths, '..', symbolic links out of them) or names the
 * wrong kind of file. The refusal names the claim and the field, never the path's text (it comes
 * from the file). @throws InputError
 */
export function confineClaimPaths(claims: readonly ReportClaim[], root: string, origin: string): void {
  claims.forEach((c, i) => {
    for (const [field, extension] of Object.entries(FIELDS) as [keyof typeof FIELDS, string][]) {
      const path = c[field];
      if (path === null || path === undefined || path === '' || isClaimPath(path, root, extension)) continue; // '': no file (a claim file that failed to load)
      throw new InputError(`${origin}: claims[${i}] (${c.id}).${field} is not a ${extension} file inside the repository's ${CLAIM_FOLDERS.join('/, ')}/`);
    }
  });
}
