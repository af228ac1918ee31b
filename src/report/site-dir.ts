import { lstatSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkFreeSpace, guardTemporaries, holdTemporary, releaseTemporary, unguardTemporaries, writeFileAtomic } from '../io/atomic-write.js';
import { InputError } from '../io/input-error.js';
import { checkSpaceAhead, makeDirs } from '../io/out-dir.js';
import { firstForeign, listTree, type Manifest, manifestText, readManifest, SITE_MARKER, unchanged } from './site-manifest.js';

export { SITE_MARKER } from './site-manifest.js';

/** The free space a site needs: about twice what it takes (KaTeX's fonts 1.2 MiB, pages ≈ 1.5 MiB). */
export const SITE_BYTES = 6 * 2 ** 20;

/**
 * How the site reaches --out: `new` (a fresh folder renamed into place), `replace` (an earlier
 * site, every file still as it wrote it, swapped out for the new one), or `in-place` (--force on a
 * folder holding other files, or a mount point: each of the site's files renamed in, every other file kept).
 */
export interface SitePlan {
  readonly out: string;
  readonly mode: 'new' | 'replace' | 'in-place';
  /** The earlier site's files (replace, and in-place over a marked site). */
  readonly old: Manifest;
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

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
  if (!stat) (checkSpaceAhead(out, SITE_BYTES, where), makeDirs(dirname(out), where));
  let plan: SitePlan = { out, mode: 'new', old: {} };
  if (stat) {
    const old = readManifest(out);
    const other = firstForeign(out, old ?? {});
    if (other !== undefined && !force) {
      throw new InputError(old
        ? `${where} holds files the report did not write (first: ${other}); move them away, or add --force to keep them and replace only the site's own files`
        : `${where} is a folder that no \`why-alignment report\` made (no ${SITE_MARKER}) and is not empty; give a new or empty folder, or add --force to keep its files and write the site's own among them`);
    }
    const mountPoint = stat.dev !== lstatSync(dirname(out)).dev; // a folder that cannot be renamed: write in place
    plan = { out, mode: other !== undefined || mountPoint ? 'in-place' : 'replace', old: old ?? {} };
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
    const files = listTree(temp).filter((f) => !f.endsWith('/'));
    const manifest = manifestText(temp);
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
  } catch (e) {
    if (e instanceof InputError || !(e as NodeJS.ErrnoException).code) throw e;
    throw new InputError(`cannot put the site in place at ${out}: ${code(e)}`); // e.g. EBUSY: --out is a mount point
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
