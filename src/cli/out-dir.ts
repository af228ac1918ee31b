import { mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../io/input-error.js';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * Makes sure `dir` is a writable directory before any work: creates it and its missing
 * parents one level at a time (never mkdir's recursive mode, which loops forever under
 * /proc), then writes and removes a probe file. @throws InputError naming the path and the cause
 */
export function prepareOutDir(dir: string): void {
  if (dir.trim() === '') throw new InputError('--out is empty; give a directory');
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    let isDir: boolean | undefined;
    try {
      isDir = statSync(at).isDirectory();
    } catch (e) {
      if (code(e) !== 'ENOENT' || dirname(at) === at) throw new InputError(`--out ${dir}: cannot use ${at}: ${code(e)}`);
    }
    if (isDir === false) throw new InputError(`--out ${dir}: ${at} exists and is not a directory`);
    if (isDir) break;
    missing.unshift(at);
    at = dirname(at);
  }
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (e) {
      throw new InputError(`--out ${dir}: cannot create ${path}: ${code(e)}`);
    }
  }
  const probe = join(dir, `.why-alignment-probe-${process.pid}`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (e) {
    throw new InputError(`--out ${dir}: cannot write there: ${code(e)}`);
  }
}
