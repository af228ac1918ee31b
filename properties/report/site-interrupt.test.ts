/**
 * An interrupted or failed run leaves the previous output whole and no partial file: SIGINT at
 * any moment of `report` leaves --out a complete site (the old or the new, every file as its
 * marker lists it) and nothing beside it; a full disk is refused before any work, and a write
 * that still runs out of room leaves no partial file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { REPO_ROOT } from '../../src/lang/define.js';
import { SITE_MARKER } from '../../src/report/site-dir.js';
import { runInProcess } from '../core/run-cli.js';

const FIXTURE = join(REPO_ROOT, 'properties/fixtures/report/claims.json');
const BIN = join(REPO_ROOT, 'src/cli/why-alignment.mjs');

/**
 * Runs the bin's report into out and resolves with its exit code. `interrupt`: SIGINT after that
 * many ms, or 'building': as soon as its temporary folder (.site.partial-…) appears beside out.
 */
const report = (out: string, interrupt?: number | 'building') =>
  new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'report', '--from', FIXTURE, '--out', out], { stdio: 'ignore' });
    const poll = setInterval(() => {
      if (readdirSync(dirname(out)).some((f) => f.includes('.partial-'))) (child.kill('SIGINT'), clearInterval(poll));
    }, 2);
    if (interrupt !== 'building') clearInterval(poll);
    if (typeof interrupt === 'number') setTimeout(() => child.kill('SIGINT'), interrupt);
    child.on('exit', (code, signal) => (clearInterval(poll), resolve(code ?? (signal ? 128 : null))));
  });

/** The files the marker lists that are missing or differ, and the files it does not list. */
function damage(out: string): string[] {
  const files = JSON.parse(readFileSync(join(out, SITE_MARKER), 'utf8')).files as Record<string, string>;
  const listed = Object.entries(files).filter(([f, h]) => !f.endsWith('/') && createHash('sha256').update(readFileSync(join(out, f))).digest('hex') !== h);
  const unlisted = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(out.length + 1)).filter((f) => f !== SITE_MARKER && !(f in files));
  return [...listed.map(([f]) => f), ...unlisted];
}

describe('SIGINT during report', () => {
  it('at 300 ms or while the site is being written leaves a whole site and nothing beside it', async () => {
    const first = join(mkdtempSync(join(tmpdir(), 'site-int-')), 'site');
    expect(await report(first)).toBe(0); // Arrange: an earlier site, copied twice
    const moments = [300, 'building'] as const;
    const parents = moments.map(() => mkdtempSync(join(tmpdir(), 'site-int-')));
    for (const p of parents) cpSync(first, join(p, 'site'), { recursive: true });
    const codes = await Promise.all(moments.map((m, k) => report(join(parents[k]!, 'site'), m))); // Act
    expect([0, 130]).toContain(codes[1]); // the signal waits for the synchronous build: a whole new site (0), or 128 + SIGINT
    for (const p of parents) expect([damage(join(p, 'site')), readdirSync(p)]).toEqual([[], ['site']]); // Assert
  });
});

const root = process.getuid?.() === 0;
describe.runIf(root)('a full disk (a 3 MiB tmpfs; root only)', () => {
  it('refuses report and --shard-out before any work, and a write that runs out of room leaves no partial file', async () => {
    const mnt = mkdtempSync(join(tmpdir(), 'full-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      return; // no mount here (a container without CAP_SYS_ADMIN): nothing to check
    }
    try {
      const site = await runInProcess(['report', '--from', FIXTURE, '--out', join(mnt, 'site')]);
      expect([site.code, site.stderr]).toEqual([2, expect.stringMatching(/MiB free; this needs about 6\.0 MiB/)]);
      const shard = await runInProcess(['reproduce', '--layers', '60', '--width', '2', '--batch', '1', '--trials', '64', '--workers', '1', '--shard', '1/1', '--shard-out', join(mnt, 's.shard')]);
      expect([shard.code, shard.stderr]).toEqual([2, expect.stringMatching(/^why-alignment reproduce: --shard-out .*MiB free; this needs about 5\.\d MiB; see/)]);
      mkdirSync(join(mnt, 'keep'));
      writeFileAtomic(join(mnt, 'keep/a.bin'), 'old');
      expect(() => writeFileAtomic(join(mnt, 'keep/a.bin'), new Uint8Array(4 * 2 ** 20))).toThrow(/ENOSPC/);
      expect([readdirSync(join(mnt, 'keep')), readFileSync(join(mnt, 'keep/a.bin'), 'utf8')]).toEqual([['a.bin'], 'old']);
    } finally {
      execFileSync('umount', [mnt]);
    }
  });
});
