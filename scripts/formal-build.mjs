/**
 * `npm ci` (after prepare has built dist/) compiles the Coq project of proofs/formal/ into its cache
 * (node_modules/.cache/why-alignment-formal/<key of coqc's version and every source>) and answers the
 * pinned check of every theorem a property file names, two at a time, so `claims` and `npm test`
 * find both cached. The claims still check each answer's key (the pinned source) themselves: this
 * only warms the cache. No coqc: one line, exit 0; the proved rows then read certified, saying why.
 * WHY_ALIGNMENT_FORMAL=0 skips it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../dist/formal/build.js';
import { checkFormalAll } from '../dist/formal/pinned.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line) => process.stdout.write(`formal proofs: ${line}\n`);

/** The `formal: { file, theorem, …, statement: String.raw`…` }` refs of the property files. */
function refs() {
  const dir = join(root, 'properties');
  const pattern = /formal: \{\s*file: '([^']+)', theorem: '([^']+)',\s*scope: '([^']*)',\s*statement: String\.raw`([^`]*)`/g;
  return readdirSync(dir).filter((f) => f.endsWith('.property.test.ts'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(pattern)].map(([, file, theorem, scope, statement]) => ({ file, theorem, scope, statement })));
}

if (process.env.WHY_ALIGNMENT_FORMAL === '0') say('skipped (WHY_ALIGNMENT_FORMAL=0)');
else {
  const start = performance.now();
  const built = await ensureBuilt();
  if (!('dir' in built)) say(`not compiled: ${built.why}`);
  else {
    const named = refs();
    const closed = (await checkFormalAll(named)).filter((s) => s.checked).length;
    say(`compiled proofs/formal/ and checked ${closed} of ${named.length} ledger theorems in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}
