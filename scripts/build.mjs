/**
 * npm run build (and `prepare`, so `npm ci` runs it): transpiles src/**\/*.ts to dist/, one
 * .js per .ts, with esbuild, and copies every other file of src/ (templates, styles, the bin). Transpile only, no type check: a type error can never break
 * `npm ci` (`npm run typecheck` is the check). dist/ mirrors src/, so paths relative to a
 * module (../../ is the repository root) hold in both.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts under dir (recursively), except the build-time wasm assembler. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !path.endsWith(join('wasm', 'build.ts')) ? [path] : [];
  });
}

/** The line the build and the bin print when the dependencies are not installed. */
export const NOT_INSTALLED = `why-alignment: its dependencies are not installed: run \`npm ci\` in ${root} first`;

/** Builds dist/ from src/; returns the number of files written, or undefined without esbuild (not installed). */
export async function buildDist() {
  let build;
  try {
    ({ build } = await import('esbuild'));
  } catch {
    return undefined;
  }
  const entryPoints = sources(join(root, 'src'));
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await build({ entryPoints, outdir: join(root, 'dist'), outbase: join(root, 'src'), format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  cpSync(join(root, 'src'), join(root, 'dist'), { recursive: true, filter: (from) => !from.endsWith('.ts') });
  return entryPoints.length;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const n = await buildDist();
  if (n === undefined) {
    // `npx why-alignment` before `npm ci` links this folder into npx's cache and runs `prepare`:
    // exiting 0 there keeps that cache entry whole, and the bin then prints the same line.
    process.stderr.write(`${NOT_INSTALLED}\n`);
    process.exitCode = process.env.npm_lifecycle_event === 'prepare' ? 0 : 1;
  } else process.stdout.write(`built dist/ from ${n} files in src/\n`);
}

/** vitest's globalSetup: builds dist/ before the tests, so the bin they run matches src/. */
export async function setup() {
  if ((await buildDist()) === undefined) throw new Error(NOT_INSTALLED);
}
