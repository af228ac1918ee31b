/**
 * The report owns only what it writes: it refuses a non-empty folder it did not make (or one
 * holding files it did not write) unless --force, and --force keeps every such file; a site it
 * made is swapped for the new one whole; its marker lists every file with its SHA-256; a claim's
 * paths stay inside proofs/, properties/, counterexamples/, and no refusal quotes a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/io/shell-quote.js';
import { REPO_ROOT } from '../../src/lang/define.js';
import { isClaimPath } from '../../src/report/claim-paths.js';
import { SITE_MARKER } from '../../src/report/site-dir.js';
import { replayCommand } from '../../src/report/view.js';
import { runInProcess } from '../core/run-cli.js';

const FIXTURE = join(REPO_ROOT, 'properties/fixtures/report/claims.json');
const base = mkdtempSync(join(tmpdir(), 'site-owner-'));
const report = (out: string, ...extra: string[]) => runInProcess(['report', '--from', FIXTURE, '--out', out, ...extra]);
const fresh = (name: string) => join(base, name);
const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);
/** Entries beside a site that a run may have left: temporaries (.NAME.partial-…) or an old site (.NAME.old-…). */
const leftovers = () => readdirSync(base).filter((f) => f.startsWith('.'));

describe('report --out: whose folder it is', () => {
  it('refuses a non-empty folder it did not make, deleting nothing', async () => {
    const out = fresh('thesis');
    mkdirSync(join(out, 'docs'), { recursive: true });
    writeFileSync(join(out, 'docs/thesis.tex'), 'mine');
    const r = await report(out);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/no `why-alignment report` made.*--force/);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(['docs', 'docs/thesis.tex']);
  });

  it('with --force keeps every file it did not write and lists only its own in the marker', async () => {
    const out = fresh('forced');
    mkdirSync(join(out, 'docs'), { recursive: true });
    writeFileSync(join(out, 'docs/thesis.tex'), 'mine');
    const r = await report(out, '--force');
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'docs/thesis.tex'), 'utf8')).toBe('mine');
    const files = JSON.parse(readFileSync(join(out, SITE_MARKER), 'utf8')).files as Record<string, string>;
    expect(Object.keys(files)).not.toContain('docs/thesis.tex');
    for (const [f, hash] of Object.entries(files).filter(([g]) => !g.endsWith('/'))) expect(createHash('sha256').update(readFileSync(join(out, f))).digest('hex'), f).toBe(hash);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([SITE_MARKER]);
  });

  it('replaces a site it made, page for page, leaving nothing beside it', async () => {
    const out = fresh('site');
    expect((await report(out)).code).toBe(0);
    writeFileSync(join(out, 'claims/C99.html'), 'stale'); // a page it wrote in an earlier run …
    const marker = JSON.parse(readFileSync(join(out, SITE_MARKER), 'utf8'));
    marker.files['claims/C99.html'] = createHash('sha256').update('stale').digest('hex'); // … and listed
    writeFileSync(join(out, SITE_MARKER), JSON.stringify(marker));
    const r = await report(out);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'claims/C99.html'))).toBe(false);
    expect(readdirSync(join(out, 'claims')).sort()).toEqual(['C1.html', 'C5.html', 'C6.html', 'X1.html']);
    expect(leftovers()).toEqual([]);
  });

  it('refuses to replace its site when it holds a file a user added, a page a user edited or a folder a user made; --force keeps them', async () => {
    const out = fresh('edited');
    expect((await report(out)).code).toBe(0);
    const added = { 'claims/notes.txt': 'mine', 'index.html': 'edited' };
    for (const [f, text] of Object.entries(added)) writeFileSync(join(out, f), text);
    mkdirSync(join(out, 'mine'));
    const marker = JSON.parse(readFileSync(join(out, SITE_MARKER), 'utf8')); // a page of an earlier site, since edited
    marker.files['claims/C99.html'] = createHash('sha256').update('as written').digest('hex');
    writeFileSync(join(out, SITE_MARKER), JSON.stringify(marker));
    writeFileSync(join(out, 'claims/C99.html'), 'edited since');
    const r = await report(out);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/holds files the report did not write \(first: (claims\/\w+\.(txt|html)|index\.html|mine\/)\)/);
    expect(readFileSync(join(out, 'claims/notes.txt'), 'utf8')).toBe('mine');
    expect((await report(out, '--force')).code).toBe(0);
    expect([readFileSync(join(out, 'claims/notes.txt'), 'utf8'), existsSync(join(out, 'mine')), readFileSync(join(out, 'claims/C99.html'), 'utf8')]).toEqual(['mine', true, 'edited since']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html'); // --force replaces the site's own pages
  });

  it('refuses / at once (one readdir, no walk), and a file, a symbolic link, a folder it cannot write, before reading --from', async () => {
    const start = performance.now();
    expect((await runInProcess(['report', '--from', '/nonexistent.json', '--out', '/'])).stderr).toContain('no `why-alignment report` made');
    expect(performance.now() - start).toBeLessThan(5000);
    writeFileSync(fresh('a-file'), 'x');
    symlinkSync(base, fresh('a-link'));
    for (const [out, msg] of [[fresh('a-file'), 'exists and is not a folder'], [fresh('a-link'), 'is a symbolic link'], ['/proc/1/x', 'cannot'], ['/dev/null', 'not a folder']]) {
      const r = await runInProcess(['report', '--from', '/nonexistent.json', '--out', out!]);
      expect([r.code, r.stderr.includes(msg!)], r.stderr).toEqual([2, true]);
    }
  });
});

describe('claim paths', () => {
  const root = mkdtempSync(join(tmpdir(), 'claim-root-'));
  for (const d of ['proofs', 'properties', 'counterexamples']) mkdirSync(join(root, d));
  symlinkSync('/etc', join(root, 'counterexamples/out'));
  writeFileSync(join(root, 'proofs/P.md'), '# P');

  it.each([
    ['proofs/P.md', '.md', true],
    ['counterexamples/C1.json', '.json', true], // absent: shown as missing, but inside
    ['counterexamples/$(touch x).json', '.json', true],
    ['../../../../etc/passwd', '.md', false],
    ['/etc/passwd', '.md', false],
    ['proofs/../../etc/passwd.md', '.md', false],
    ['proofs/P.txt', '.md', false],
    ['README.md', '.md', false],
    ['counterexamples/out/passwd.json', '.json', false], // a symbolic link out of the folder
    ['proofs\\..\\x.md', '.md', false],
    ['proofs/', '.md', false],
  ])('%s → %s inside: %s', (path, ext, inside) => {
    expect(isClaimPath(path, root, ext)).toBe(inside);
  });

  it('a claims file whose proof leaves proofs/ is refused in one line that does not quote it', async () => {
    const claims = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    claims.claims[0].proof = '../../../../etc/passwd';
    const from = fresh('leak.json');
    writeFileSync(from, JSON.stringify(claims));
    const r = await runInProcess(['report', '--from', from, '--out', fresh('leak')]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('claims[0] (C6).proof is not a .md file inside');
    expect(r.stderr).not.toContain('passwd');
    expect(existsSync(fresh('leak'))).toBe(false);
  });

  it('replay commands are shell-quoted', () => {
    expect(replayCommand('counterexamples/C6.json')).toBe('npx why-alignment gradients counterexamples/C6.json --exact');
    expect(replayCommand("counterexamples/$(rm -rf ~)'`x`.json")).toBe(`npx why-alignment gradients 'counterexamples/$(rm -rf ~)'\\''\`x\`.json' --exact`);
    expect(shellQuote('')).toBe("''");
  });
});
