/**
 * The committed figures equal what their one script draws (`npm run figures`): here the two
 * `reproduce` draws (about 2 s); CI's `npm run figures -- --check` adds the theory figure.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lang/define.js';

describe('proofs/figures/', () => {
  it('holds what `npm run figures` draws from reproduce, byte for byte', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'scripts/figures.ts'), '--check', '--only', 'reproduce'], { encoding: 'utf8', cwd: REPO_ROOT });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^proofs\/figures\/ equals a fresh drawing: gap-cosine\.svg, heatmap\.svg\n$/);
    expect(run.status).toBe(0);
  }, 60_000);
});
