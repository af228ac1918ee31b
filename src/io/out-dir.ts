import { mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkFreeSpace } from './atomic-write.js';
import { InputError } from './input-error.js';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * Makes sure `dir` is a folder, creating it and its missing parents one level at a time (never
 * mkdir's recursive mode, which loops forever under /proc). `where` starts every refusal.
 * @throws InputError naming the path and the cause
 */
export function makeDirs(dir: string, where: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    let isDir: boolean | undefined;
    try {
      isDir = statSync(at).isDirectory();
    } catch (e) {
      if (code(e) !== 'ENOENT' || dirname(at) === at) throw new InputError(`${where}: cannot use ${at}: ${code(e)}`);
    }
    if (isDir === false) throw new InputError(`${where}: ${at} exists and is not a directory`);
    if (isDir) break;
    missing.unshift(at);
    at = dirname(at);
  }
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (e) {
      throw new InputError(`${where}: cannot create ${path}: ${code(e)}`);
    }
  }
}

/** Checks the free space where `dir` will be (its nearest existing folder), before any of it is created. @throws InputError */
export function checkSpaceAhead(dir: string, bytes: number, where: string): void {
  let existing = resolve(dir);
  while (!statSync(existing, { throwIfNoEntry: false }) && dirname(existing) !== existing) existing = dirname(existing);
  if (statSync(existing, { throwIfNoEntry: false })?.isDirectory()) checkFreeSpace(existing, bytes, where);
}

/**
 * Makes sure `dir` is a writable directory with `bytes` free before any work: checks the free space
 * (statfs) where it will be, creates it (makeDirs), writes and removes a probe file, checks again.
 * @throws InputError naming the path and the cause
 */
export function prepareOutDir(dir: string, bytes = 0): void {
  if (dir.trim() === '') throw new InputError('--out is empty; give a directory');
  checkSpaceAhead(dir, bytes, `--out ${dir}`);
  makeDirs(dir, `--out ${dir}`);
  const probe = join(dir, `.why-alignment-probe-${process.pid}`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (e) {
    throw new InputError(`--out ${dir}: cannot write there: ${code(e)}`);
  }
  checkFreeSpace(dir, bytes, `--out ${dir}`);
}
