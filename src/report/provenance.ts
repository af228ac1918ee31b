import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What made the site: the repository's commit (marked when the tree had changes), the version, the seed. */
export interface Provenance {
  readonly commit: string;
  readonly version: string;
  /** The base seed given to `claims`, or undefined: each claim's own default seed, on its page. */
  readonly seed?: string;
}

const git = (root: string, args: string[]): string | undefined => {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return r.status === 0 ? r.stdout.trim() : undefined;
};

export function provenance(root: string, seed?: string): Provenance {
  const head = git(root, ['rev-parse', '--short=12', 'HEAD']);
  const dirty = head !== undefined && git(root, ['status', '--porcelain', '--untracked-files=no']) !== '';
  let version = 'unknown';
  try {
    version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? version;
  } catch { /* no package.json: the version stays unknown */ }
  return { commit: head ? `${head}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown (not a git checkout)', version, ...(seed !== undefined ? { seed } : {}) };
}
