#!/usr/bin/env node
// Entry point of the `why-alignment` bin: plain node on dist/ (built from src/ by `npm run build`,
// which `npm ci` runs as `prepare`). Only `claims` loads TypeScript: it imports the ledger's
// properties/*.property.test.ts, so it runs from src/ through tsx (a dev dependency), keeping one
// module graph shared with the claim files. Paths go through the repository root (../../), so this
// file also works as its copy in dist/cli/.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// A reader that stops early (`| head`) closes the pipe: stop quietly, as a pipeline expects;
// any other failure to write stdout is one line and exit code 2.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') process.stderr.write(`why-alignment: cannot write the output: ${e.code ?? e.message}\n`);
  process.exit(e.code === 'EPIPE' ? 0 : 2);
});
const argv = process.argv.slice(2);
/** Before `npm ci` there is no dist/ (nor tsx, which `claims` needs): say so in one line rather than fail on an import. */
function installed(claims) {
  const root = new URL('../../', import.meta.url);
  let ok = true;
  try {
    if (claims) createRequire(root).resolve('tsx/esm/api');
    else ok = existsSync(new URL('dist/cli/main.js', root));
  } catch {
    ok = false;
  }
  if (!ok) process.stderr.write(`why-alignment: its dependencies are not installed: run \`npm ci\` in ${decodeURIComponent(root.pathname)} first\n`);
  return ok;
}
if (argv[0] === '--version' || argv[0] === '-v') {
  // as main.ts prints it, without loading any module
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`why-alignment ${version}\n`);
} else if (!installed(argv[0] === 'claims')) {
  process.exitCode = 2;
} else if (argv[0] === 'claims') {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(new URL('../../src/cli/main.ts', import.meta.url).href);
  const code = await main(argv);
  // Z3's worker threads and tsx's loader thread are not ours to wait for: exit once stdout is out.
  process.stdout.write('', () => process.exit(code));
} else {
  const { main } = await import('../../dist/cli/main.js');
  process.exitCode = await main(argv);
}
