import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkFreeSpace, guardTemporaries, holdTemporary, releaseTemporary, unguardTemporaries, writeFileAtomic } from '../io/atomic-write.js';
import { InputError } from '../io/input-error.js';
import { MAX_INPUT_BYTES, parseJsonText, readBounded } from '../io/read-bounded.js';
import { makeDirs } from '../cli/out-dir.js';

/** The marker a site `report` made holds: every file it wrote with its SHA-256, and every folder ("folder"). */
export const SITE_MARKER = '.why-alignment-site.json';
const MADE_BY = 'why-alignment report';
/** The free space a site needs: about twice what it takes (KaTeX's fonts 1.2 MiB, pages ≈ 1.5 MiB). */
export const SITE_BYTES = 6 * 2 ** 20;

/** The files a site wrote, path → SHA-256, and its folders, each path ending in '/'. */
type Manifest = Record<string, string>;

/**
 * How the site reaches --out: `new` (a fresh folder renamed into place), `replace` (an earlier
 * site, every file still as it wrote it, swapped out for the new one), or `in-place` (--force on a
 * folder holding other files: each of the site's files renamed in, every other file kept).
 */
export interface SitePlan {
  readonly out: string;
  readonly mode: 'new' | 'replace' | 'in-place';
  /** The earlier site's files (replace, and in-place over a marked site). */
  readonly old: Manifest;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Every entry under dir, relative with '/': files (symlinks included, never followed), and folders ending in '/'. */
export function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? [`${prefix}${e.name}/`, ...listTree(dir, `${prefix}${e.name}/`)] : [`${prefix}${e.name}`]);
}

/** Is dir/f a plain file still exactly as the report wrote it (its SHA-256 is `hash`)? */
function unchanged(dir: string, f: string, hash: string | undefined): boolean {
  const s = lstatSync(join(dir, f), { throwIfNoEntry: false });
  return hash !== undefined && s !== undefined && s.isFile() && s.size <= MAX_INPUT_BYTES && sha256(join(dir, f)) === hash;
}

/**
 * The first entry of dir the manifest does not vouch for (unlisted, or a file changed since), or
 * undefined. It stops there and never descends into an unlisted folder, so a large tree that is
 * not a site (`--out /`) costs one readdir.
 */
function firstForeign(dir: string, m: Manifest, prefix = ''): string | undefined {
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const f = `${prefix}${e.name}${e.isDirectory() ? '/' : ''}`;
    if (f === SITE_MARKER) continue;
    if (!Object.hasOwn(m, f) || (!e.isDirectory() && !unchanged(dir, f, m[f]))) return f;
    const inner = e.isDirectory() ? firstForeign(dir, m, f) : undefined;
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function readManifest(dir: string): Manifest | undefined {
  if (!lstatSync(join(dir, SITE_MARKER), { throwIfNoEntry: false })?.isFile()) return undefined;
  const json = parseJsonText(readBounded(join(dir, SITE_MARKER), SITE_MARKER), SITE_MARKER) as { madeBy?: unknown; files?: unknown };
  const files = json?.files;
  const ok = json?.madeBy === MADE_BY && typeof files === 'object' && files !== null && !Array.isArray(files) && Object.values(files).every((h) => typeof h === 'string');
  return ok ? (files as Manifest) : undefined;
}

/**
 * Decides where and how the site goes, before any work: refuses a path that is not a folder, a
 * non-empty folder that is not a site `report` made (or holds files it did not write) unless
 * `force`, a folder that cannot be written, and too little free space. @throws InputError
 */
export function planSite(outArg: string, force: boolean): SitePlan {
  const out = resolve(outArg);
  const stat = lstatSync(out, { throwIfNoEntry: false });
  const where = `--out ${outArg}`;
  if (stat?.isSymbolicLink()) throw new InputError(`${where} is a symbolic link; give the folder it points to`);
  if (stat && !stat.isDirectory()) throw new InputError(`${where} exists and is not a folder`);
  if (!stat) makeDirs(dirname(out), where);
  let plan: SitePlan = { out, mode: 'new', old: {} };
  if (stat) {
    const old = readManifest(out);
    const other = firstForeign(out, old ?? {});
    if (other !== undefined && !force) {
      throw new InputError(old
        ? `${where} holds files the report did not write (first: ${other}); move them away, or add --force to keep them and replace only the site's own files`
        : `${where} is a folder that no \`why-alignment report\` made (no ${SITE_MARKER}) and is not empty; give a new or empty folder, or add --force to keep its files and write the site's own among them`);
    }
    plan = { out, mode: other !== undefined ? 'in-place' : 'replace', old: old ?? {} };
  }
  const temps = plan.mode === 'in-place' ? out : dirname(out);
  guardTemporaries();
  try {
    const probe = mkdtempSync(join(temps, '.why-alignment-probe-'));
    holdTemporary(probe);
    rmdirSync(probe);
    releaseTemporary(probe);
  } catch (e) {
    throw new InputError(`${where}: cannot write in ${temps}: ${code(e)}`);
  } finally {
    unguardTemporaries(); // the ledger may run next: a signal then stops it at once, as by default
  }
  checkFreeSpace(temps, SITE_BYTES, where);
  return plan;
}

/** Removes the manifest's files that are still as written, then the folders left empty; returns what stays. */
function removeOurs(dir: string, m: Manifest): string[] {
  for (const f of Object.keys(m)) if (!f.endsWith('/') && unchanged(dir, f, m[f])) unlinkSync(join(dir, f));
  rmSync(join(dir, SITE_MARKER), { force: true });
  for (const d of Object.keys(m).filter((f) => f.endsWith('/')).sort().reverse()) if (readdirSync(join(dir, d)).length === 0) rmdirSync(join(dir, d));
  return readdirSync(dir);
}

/**
 * Builds the site into a fresh folder (beside --out, or inside it for in-place), records its files
 * in SITE_MARKER, and puts it in place as `plan` says. An interrupt or a failure removes the fresh
 * folder and leaves --out as it was. Returns the site's files. @throws InputError
 */
export function writeSite(plan: SitePlan, build: (dir: string) => void): string[] {
  const { out } = plan;
  guardTemporaries();
  const temp = mkdtempSync(join(plan.mode === 'in-place' ? out : dirname(out), `.${basename(out)}.partial-`));
  holdTemporary(temp);
  try {
    try {
      build(temp);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code) throw new InputError(`cannot write the site in ${dirname(temp)}: ${code(e)}`);
      throw e;
    }
    const tree = listTree(temp);
    const files = tree.filter((f) => !f.endsWith('/'));
    const manifest = JSON.stringify({ madeBy: MADE_BY, files: Object.fromEntries(tree.map((f) => [f, f.endsWith('/') ? 'folder' : sha256(join(temp, f))])) }, null, 1);
    if (plan.mode === 'in-place') {
      for (const f of files) {
        makeDirs(dirname(join(out, f)), `--out ${out}`);
        renameSync(join(temp, f), join(out, f));
      }
      for (const f of Object.keys(plan.old).filter((g) => !g.endsWith('/') && !files.includes(g))) if (unchanged(out, f, plan.old[f])) unlinkSync(join(out, f));
      writeFileAtomic(join(out, SITE_MARKER), manifest, `--out ${out}`);
    } else {
      writeFileAtomic(join(temp, SITE_MARKER), manifest, `--out ${out}`);
      swapIn(temp, out, plan);
    }
    return files;
  } finally {
    rmSync(temp, { recursive: true, force: true });
    releaseTemporary(temp);
  }
}

/** Renames the fresh site over --out; an earlier site is first renamed aside, then only its own files removed. */
function swapIn(temp: string, out: string, plan: SitePlan): void {
  if (plan.mode === 'new' || readdirSync(out).length === 0) return renameSync(temp, out);
  const aside = `${join(dirname(out), `.${basename(out)}.old-`)}${process.pid}`;
  renameSync(out, aside);
  try {
    renameSync(temp, out);
  } catch (e) {
    renameSync(aside, out);
    throw new InputError(`cannot put the site in place at ${out}: ${code(e)}`);
  }
  const left = removeOurs(aside, plan.old);
  if (left.length === 0) rmdirSync(aside);
  else process.stderr.write(`why-alignment report: kept ${aside}: it holds files the report did not write (${left[0]})\n`);
}
