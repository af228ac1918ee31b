import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../lang/define.js';

const run = promisify(execFile);

/** The Coq project: proofs/formal/_CoqProject, whose first line maps the folder to WhyAlignment. */
export const FORMAL_DIR = join(REPO_ROOT, 'proofs', 'formal');

/** A compiled project, or why there is none. */
export type Built = { readonly dir: string } | { readonly why: string };

/** The .v files of _CoqProject, in its order. */
export function projectFiles(dir = FORMAL_DIR): string[] {
  const project = join(dir, '_CoqProject');
  if (!existsSync(project)) return [];
  return readFileSync(project, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.v'));
}

let version: Promise<string | undefined> | undefined;

/** `coqc --version`'s first line, or undefined when coqc is not on PATH; asked once per process. */
export function coqVersion(): Promise<string | undefined> {
  version ??= run('coqc', ['--version']).then((r) => r.stdout.split('\n')[0], () => undefined);
  return version;
}

/** The build's key: SHA-256 of coqc's version, _CoqProject and every .v file. */
function buildKey(version: string, dir: string): string {
  const h = createHash('sha256').update(version).update(readFileSync(join(dir, '_CoqProject')));
  for (const f of projectFiles(dir)) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 24);
}

/** WHY_ALIGNMENT_FORMAL_CACHE, else node_modules/.cache, else the system's temporary folder (the first writable). */
function cacheRoot(): string {
  const roots = [join(REPO_ROOT, 'node_modules', '.cache', 'why-alignment-formal'), join(tmpdir(), 'why-alignment-formal')];
  const chosen = process.env.WHY_ALIGNMENT_FORMAL_CACHE;
  for (const root of chosen ? [chosen] : roots) {
    try {
      mkdirSync(root, { recursive: true });
      return root;
    } catch { /* next */ }
  }
  throw new Error('no writable cache folder for the formal build');
}

/** The first "Error" line of Coq's output, with the file and line before it. */
export function coqError(output: string): string {
  const lines = output.split('\n');
  const k = lines.findIndex((l) => /^Error\b/.test(l.trim()));
  if (k < 0) return lines.find((l) => l.trim())?.trim() ?? 'coqc failed with no message';
  const where = lines.slice(0, k).reverse().find((l) => /^File "/.test(l));
  return `${where ? `${where.replace(/, characters.*$/, '')}: ` : ''}${lines.slice(k).join(' ').replace(/\s+/g, ' ').trim()}`.slice(0, 400);
}

/** Compiles a copy of the project in tmp with coq_makefile and make -j2. */
async function compile(src: string, tmp: string): Promise<string | undefined> {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const f of ['_CoqProject', ...projectFiles(src)]) cpSync(join(src, f), join(tmp, f));
  try {
    await run('coq_makefile', ['-f', '_CoqProject', '-o', 'Makefile.coq'], { cwd: tmp });
    await run('make', ['-f', 'Makefile.coq', '-j2'], { cwd: tmp, maxBuffer: 1 << 26 });
    return undefined;
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    return coqError(`${stdout}\n${stderr}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Is the lock's holder alive? A lock without a live process (or older than 10 min) is stale. */
function stale(lock: string): boolean {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    if (Date.now() - statSync(lock).mtimeMs > 600_000) return true;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/** The result recorded in a finished build folder. */
function recorded(dir: string): Built | undefined {
  if (existsSync(join(dir, 'ok'))) return { dir };
  if (existsSync(join(dir, 'failed'))) return { why: readFileSync(join(dir, 'failed'), 'utf8') };
  return undefined;
}

/**
 * The project compiled once per content (key: coqc's version and every source) into a cache
 * folder; concurrent callers (vitest's workers, the ledger's processes) wait on one lock. A failed
 * build is recorded too: its first Coq error is the answer until a source changes.
 */
export async function ensureBuilt(src = FORMAL_DIR): Promise<Built> {
  if (projectFiles(src).length === 0) return { why: `no Coq project at ${src}/_CoqProject` };
  const coq = await coqVersion();
  if (!coq) return { why: "coqc not found: install Debian's coq and libcoq-mathcomp-* packages (README, Set up)" };
  const dir = join(cacheRoot(), buildKey(coq, src));
  const lock = `${dir}.lock`;
  for (;;) {
    const done = recorded(dir);
    if (done) return done;
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (stale(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    const again = recorded(dir);
    if (again) return again;
    const tmp = `${dir}.tmp-${process.pid}`;
    const error = await compile(src, tmp);
    writeFileSync(join(tmp, error === undefined ? 'ok' : 'failed'), error ?? '');
    renameSync(tmp, dir);
    return recorded(dir)!;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
