#!/usr/bin/env node
// Entry point of the `why-alignment` bin: loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`| head`) closes the pipe: stop quietly, as a pipeline expects;
// any other failure to write stdout is one line and exit code 2.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') process.stderr.write(`why-alignment: cannot write the output: ${e.code ?? e.message}\n`);
  process.exit(e.code === 'EPIPE' ? 0 : 2);
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
