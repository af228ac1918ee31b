/**
 * `npm ci` (the package's install script) builds the native gemm here with node-gyp and this machine's
 * toolchain (python3, make, gcc) against the headers of the Node that runs it: nothing is downloaded.
 * Any failure (no headers, no compiler, no AVX2 or FMA: gemm.c then refuses to compile) prints one
 * line and exits 0: the engine then runs its wasm build. WHY_ALIGNMENT_NATIVE=0 skips the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const say = (line) => process.stdout.write(`native gemm: ${line}\n`);

/** A Node install prefix whose include/node has node_api.h: this Node's own, or npm's nodedir. */
function nodedir() {
  const candidates = [dirname(dirname(process.execPath)), process.env.npm_config_nodedir].filter(Boolean);
  return candidates.find((d) => existsSync(join(d, 'include', 'node', 'node_api.h')));
}

/** node-gyp's script: the one npm passes to install scripts, else the one bundled with this Node's npm. */
function nodeGyp() {
  const bundled = join(dirname(dirname(process.execPath)), 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  return [process.env.npm_config_node_gyp, bundled].find((p) => p && existsSync(p));
}

function main() {
  if (process.env.WHY_ALIGNMENT_NATIVE === '0') return say('skipped (WHY_ALIGNMENT_NATIVE=0); the engine runs its wasm build');
  const [dir, gyp] = [nodedir(), nodeGyp()];
  if (!dir) return say(`not built: no Node headers (include/node/node_api.h) beside ${process.execPath}; the engine runs its wasm build`);
  if (!gyp) return say("not built: npm's node-gyp not found; the engine runs its wasm build");
  const r = spawnSync(process.execPath, [gyp, 'rebuild', `--nodedir=${dir}`, '--jobs=1'], { cwd: here, encoding: 'utf8' });
  if (r.status === 0) return say(`built native/build/Release/gemm.node (headers from ${dir})`);
  rmSync(join(here, 'build'), { recursive: true, force: true });
  const why = `${r.stderr ?? ''}${r.error?.message ?? ''}`.split('\n').find((l) => /error/i.test(l)) ?? `node-gyp exited with ${r.status}`;
  say(`not built (${why.trim()}); the engine runs its wasm build`);
}

main();
