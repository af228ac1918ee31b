/**
 * `npm ci --omit=dev` gives a working bin: every package that the bin, `prepare`, the install
 * script, src/ and the ledger's claim files import at run time is a dependency, not a
 * devDependency. Followed from those entry points through relative imports: static imports
 * everywhere, dynamic ones in src/ and the bin (its commands load lazily); type-only imports and
 * the ones testClaim makes under vitest only are not run-time needs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lang/define.js';

const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Where run time starts in src/: the commands (main.ts loads each lazily), and the worker threads' entries. */
const SRC_ENTRIES = ['cli/main.ts', 'reproduce/worker.mjs', 'reproduce/worker-main.ts', 'reproduce/worker-theory.ts'];

/** A relative specifier as a file: .js written for .ts, as tsx and esbuild resolve it. */
function fileOf(from: string, spec: string): string | undefined {
  const path = resolve(dirname(from), spec);
  return [path, path.replace(/\.js$/, '.ts'), `${path}.ts`].find((p) => existsSync(p) && !p.endsWith('/'));
}

/** The packages reachable from `entries` at run time, each with one file that imports it. */
function packagesImported(entries: readonly string[]): Map<string, string> {
  const [seen, packages, queue] = [new Set<string>(), new Map<string, string>(), [...entries]];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const dynamic = file.startsWith(join(REPO_ROOT, 'src')) ? [...text.matchAll(DYNAMIC)] : [];
    for (const spec of [...text.matchAll(STATIC), ...dynamic].map((m) => m[1]!)) {
      if (spec.startsWith('.')) {
        const next = fileOf(file, spec);
        if (next) queue.push(next);
      } else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, file.slice(REPO_ROOT.length));
      }
    }
  }
  return packages;
}

describe('a production install (npm ci --omit=dev)', () => {
  it('every package imported at run time is a dependency', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    const claimFiles = readdirSync(join(REPO_ROOT, 'properties')).filter((f) => f.endsWith('.property.test.ts')).map((f) => join(REPO_ROOT, 'properties', f));
    const scripts = ['scripts/build.mjs', 'scripts/formal-build.mjs', 'native/build.mjs'].map((f) => join(REPO_ROOT, f)).filter(existsSync);
    const used = packagesImported([...SRC_ENTRIES.map((f) => join(REPO_ROOT, 'src', f)), ...scripts, ...claimFiles]);
    const bin = readFileSync(join(REPO_ROOT, 'src/cli/why-alignment.mjs'), 'utf8');
    for (const spec of [...bin.matchAll(DYNAMIC)].map((m) => m[1]!)) if (!spec.startsWith('.') && !spec.startsWith('node:')) used.set(spec.split('/')[0]!, 'src/cli/why-alignment.mjs');
    expect(used.has('tsx'), 'the bin loads tsx for claims').toBe(true); // the scan sees what it must
    const missing = [...used].filter(([name]) => !(name in pkg.dependencies)).map(([name, by]) => `${name} (imported by ${by})`);
    expect(missing).toEqual([]);
    expect(pkg.scripts.prepare).toMatch(/scripts\/build\.mjs/);
  });
});
