import { closeSync, fsyncSync, openSync, renameSync, rmSync, statfsSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './input-error.js';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
const MIB = 2 ** 20;

/** Temporary files and folders this process made and has not yet renamed into place. */
const pending = new Set<string>();
let handlersInstalled = false;

/** Removes every pending temporary, then ends the process as the signal would (128 + its number). */
function onSignal(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  process.stderr.write(`why-alignment: interrupted (${signal}); no partial output was left\n`);
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/**
 * Catches SIGINT and SIGTERM from now on, so that a temporary made next can be held before a
 * signal acts: call it before creating one (a signal waits while this thread runs).
 */
export function guardTemporaries(): void {
  if (handlersInstalled) return;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  handlersInstalled = true;
}

/** Lets the signals act as by default again, once nothing is held (e.g. before a long child run). */
export function unguardTemporaries(): void {
  if (!handlersInstalled || pending.size > 0) return;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  handlersInstalled = false;
}

/**
 * Marks a temporary path as ours until `release`: a SIGINT or SIGTERM in between removes it,
 * so an interrupted run leaves no partial output. Create the path after guardTemporaries().
 */
export function holdTemporary(path: string): void {
  guardTemporaries();
  pending.add(path);
}

export function releaseTemporary(path: string): void {
  pending.delete(path);
}

/** A fresh temporary name beside `path` (same folder, so a rename is atomic). */
export const besideName = (path: string, tag = 'partial'): string =>
  join(dirname(path), `.${basename(path)}.${tag}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);

/**
 * Writes `data` to `path` atomically: into a temporary file beside it, flushed, then renamed over
 * it. On any failure (a full disk: ENOSPC) or an interrupt the temporary is removed and `path`
 * keeps its previous content. `what` names the output in the refusal. @throws InputError
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, what = path): void {
  const temp = besideName(path);
  holdTemporary(temp); // before the file exists
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already gone
    }
    throw new InputError(`cannot write ${what}: ${code(e)}`);
  } finally {
    releaseTemporary(temp);
  }
}

/**
 * Refuses, before any work, a folder whose filesystem has less than `bytes` free for this user
 * (statfs: available blocks × block size). @throws InputError
 */
export function checkFreeSpace(dir: string, bytes: number, what: string): void {
  let free: number;
  try {
    const s = statfsSync(dir);
    if (s.blocks === 0) return; // a pseudo filesystem (/proc, /sys) counts no blocks: writing there fails with its own error
    free = s.bavail * s.bsize;
  } catch (e) {
    throw new InputError(`${what}: cannot check the free space of ${dir}: ${code(e)}`);
  }
  if (free < bytes) throw new InputError(`${what}: ${dir} has ${(free / MIB).toFixed(1)} MiB free; this needs about ${(bytes / MIB).toFixed(1)} MiB`);
}
