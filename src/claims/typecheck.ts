import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { REPO_ROOT } from '../lang/define.js';

/** tsc's diagnostic line: `path(line,col): error TS2322: message`. */
const DIAGNOSTIC = /^(.+?)\((\d+),\d+\): error (TS(\d+): .*)$/;

function runTsc(tsc: string, config: string, root: string): Promise<{ file: string; line: string; text: string; syntax: boolean }[]> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', config], { cwd: root, maxBuffer: 1 << 26 }, (_err, stdout) => {
      const found = stdout.split('\n').map((l) => DIAGNOSTIC.exec(l.trim())).filter((m) => m !== null);
      resolve(found.map((m) => ({ file: isAbsolute(m[1]!) ? m[1]! : join(root, m[1]!), line: m[2]!, text: m[3]!, syntax: m[4]!.startsWith('1') })));
    });
  });
}

/** The repository's tsconfig without some files (tsc stops at syntax errors before checking types). */
function configWithout(root: string, files: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'why-alignment-tsc-')), 'tsconfig.json');
  writeFileSync(path, JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions: { typeRoots: [join(root, 'node_modules', '@types')] }, include: ['src', 'properties', 'vitest.config.ts'].map((d) => join(root, d)), exclude: [...files, join(root, 'node_modules')] }));
  return path;
}

/** tsc's script, or undefined where typescript (a devDependency) is not installed. */
export function tscPath(root = REPO_ROOT): string | undefined {
  try {
    return join(dirname(createRequire(join(root, 'package.json')).resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return undefined;
  }
}

/**
 * Type-checks the project (tsc --noEmit, the repository's tsconfig) and returns, for each
 * file with an error, its first diagnostic as "file:line TSxxxx: message". Files with syntax
 * errors are reported, then left out of a second pass that checks the others' types.
 * Resolves to an empty map when tsc is not installed (a production install).
 */
export async function typeErrors(root = REPO_ROOT): Promise<Map<string, string>> {
  const tsc = tscPath(root);
  if (tsc === undefined) return new Map();
  let found = await runTsc(tsc, join(root, 'tsconfig.json'), root);
  const broken = [...new Set(found.filter((d) => d.syntax).map((d) => d.file))];
  if (broken.length > 0) found = [...found, ...(await runTsc(tsc, configWithout(root, broken), root))];
  const first = new Map<string, string>();
  for (const d of found) if (!first.has(d.file)) first.set(d.file, `${relative(root, d.file)}:${d.line} ${d.text}`);
  return first;
}
