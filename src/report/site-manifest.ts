/**
 * The marker of a site `why-alignment report` made (SITE_MARKER): what it wrote, so that a later
 * run replaces only that, and what a folder holds beyond it.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_INPUT_BYTES, parseJsonText, readBounded } from '../io/read-bounded.js';

/** The marker a site `report` made holds: every file it wrote with its SHA-256, and every folder ("folder"). */
export const SITE_MARKER = '.why-alignment-site.json';
const MADE_BY = 'why-alignment report';
/** The files a site wrote, path → SHA-256, and its folders, each path ending in '/'. */
export type Manifest = Record<string, string>;

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every entry under dir, relative with '/': files (symlinks included, never followed), and folders ending in '/'. */
export function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? [`${prefix}${e.name}/`, ...listTree(dir, `${prefix}${e.name}/`)] : [`${prefix}${e.name}`]);
}

/** Is dir/f a plain file still exactly as the report wrote it (its SHA-256 is `hash`)? */
export function unchanged(dir: string, f: string, hash: string | undefined): boolean {
  const s = lstatSync(join(dir, f), { throwIfNoEntry: false });
  return hash !== undefined && s !== undefined && s.isFile() && s.size <= MAX_INPUT_BYTES && sha256(join(dir, f)) === hash;
}

/**
 * The first entry of dir the manifest does not vouch for (unlisted, or a file changed since), or
 * undefined. It stops there and never descends into an unlisted folder, so a large tree that is
 * not a site (`--out /`) costs one readdir.
 */
export function firstForeign(dir: string, m: Manifest, prefix = ''): string | undefined {
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const f = `${prefix}${e.name}${e.isDirectory() ? '/' : ''}`;
    if (f === SITE_MARKER) continue;
    if (!Object.hasOwn(m, f) || (!e.isDirectory() && !unchanged(dir, f, m[f]))) return f;
    const inner = e.isDirectory() ? firstForeign(dir, m, f) : undefined;
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The marker's manifest, or undefined where there is no marker or it is not one the report wrote. */
export function readManifest(dir: string): Manifest | undefined {
  if (!lstatSync(join(dir, SITE_MARKER), { throwIfNoEntry: false })?.isFile()) return undefined;
  const json = parseJsonText(readBounded(join(dir, SITE_MARKER), SITE_MARKER), SITE_MARKER) as { madeBy?: unknown; files?: unknown };
  const files = json?.files;
  const ok = json?.madeBy === MADE_BY && typeof files === 'object' && files !== null && !Array.isArray(files) && Object.values(files).every((h) => typeof h === 'string');
  return ok ? (files as Manifest) : undefined;
}

/** The marker's text for the site in `dir`: every entry of listTree, a file with its SHA-256, a folder as "folder". */
export function manifestText(dir: string): string {
  return JSON.stringify({ madeBy: MADE_BY, files: Object.fromEntries(listTree(dir).map((f) => [f, f.endsWith('/') ? 'folder' : sha256(join(dir, f))])) }, null, 1);
}
