/**
 * npm run build (and `prepare`, so `npm ci` runs it): transpiles src/**\/*.ts to dist/, one
 * .js per .ts, with esbuild, and copies every other file of src/ (templates, styles, the bin). Transpile only, no type check: a type error can never break
 * `npm ci` (`npm run typecheck` is the check). dist/ mirrors src/, so paths relative to a
 * module (../../ is the repository root) hold in both.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts under dir (recursively), except the build-time wasm assembler. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !path.endsWith(join('wasm', 'build.ts')) ? [path] : [];
  });
}

/** Builds dist/ from src/; returns the number of files written. */
export async function buildDist() {
  const entryPoints = sources(join(root, 'src'));
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await build({ entryPoints, outdir: join(root, 'dist'), outbase: join(root, 'src'), format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  cpSync(join(root, 'src'), join(root, 'dist'), { recursive: true, filter: (from) => !from.endsWith('.ts') });
  return entryPoints.length;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const n = await buildDist();
  process.stdout.write(`built dist/ from ${n} files in src/\n`);
}

/** vitest's globalSetup: builds dist/ before the tests, so the bin they run matches src/. */
export async function setup() {
  await buildDist();
}
