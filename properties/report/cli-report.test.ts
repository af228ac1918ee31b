/**
 * `why-alignment report --from`: the pages it writes, every relative link among them resolving
 * to a file (the browser test opens them), and bad input refused with one line and exit code 2.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../../src/lang/define.js';
import { reportCommand } from '../../src/cli/report.js';
import { InputError } from '../../src/io/input-error.js';
import { parseClaimsJson } from '../../src/report/claims-json.js';
import { buildSite } from '../../src/report/site.js';
import { planSite, writeSite } from '../../src/report/site-dir.js';

const FIXTURE = join(REPO_ROOT, 'properties/fixtures/report/claims.json');
const claims = parseClaimsJson(readFileSync(FIXTURE, 'utf8'), FIXTURE);
const out = mkdtempSync(join(tmpdir(), 'wa-report-'));
let code: unknown;

beforeAll(async () => {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  code = await reportCommand.run(['--from', FIXTURE, '--out', out]);
  write.mockRestore();
}, 60_000); // about 1.5 s idle; the site renders every proof, document and source, and the suite runs two files at once

const pages = (): string[] => ['index.html', 'blueprint.html', 'reproduction.html',
  ...['claims', 'docs', 'guide', 'source', 'formal'].flatMap((d) => readdirSync(join(out, d)).filter((f) => f.endsWith('.html')).map((f) => `${d}/${f}`))];

describe('why-alignment report --from', () => {
  it('writes the index, one page per claim, the docs, and KaTeX with its fonts', () => {
    expect(code).toBeUndefined(); // main reads that as exit code 0
    expect(readdirSync(join(out, 'claims')).sort()).toEqual(['C1.html', 'C5.html', 'C6.html', 'X1.html']);
    expect(existsSync(join(out, 'docs/note.html'))).toBe(true);
    expect(readdirSync(join(out, 'katex/fonts')).some((f) => f.startsWith('KaTeX_Main-Regular'))).toBe(true);
  });

  it('links only to files it wrote', () => {
    const broken = pages().flatMap((page) => {
      const html = readFileSync(join(out, page), 'utf8');
      const refs = [...html.matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)].map((m) => m[1]!).filter((h) => !/^[a-z]+:/.test(h));
      return refs.filter((h) => !existsSync(resolve(dirname(join(out, page)), h))).map((h) => `${page} → ${h}`);
    });
    expect(broken).toEqual([]);
  });

  it('typesets every page, every proof in proofs/ included, with no KaTeX error and no $$ left', () => {
    const bad = pages().filter((page) => /katex-error|\$\$/.test(readFileSync(join(out, page), 'utf8')));
    expect(pages().length).toBeGreaterThan(15);
    expect(bad).toEqual([]);
  });

  it('quotes the note on a claim page whose source names a passage', () => {
    expect(readFileSync(join(out, 'claims/C5.html'), 'utf8')).toMatch(/<blockquote class="markdown"[^>]*>\s*<p>Namely, if <span class="katex">/);
    expect(readFileSync(join(out, 'claims/C1.html'), 'utf8')).not.toContain('<blockquote');
  });
});

describe('links both ways', () => {
  const page = (p: string) => readFileSync(join(out, p), 'utf8');
  it("lists what a claim's proof uses and what uses it, from the same data", () => {
    expect(page('claims/C1.html')).toMatch(/<dd class="uses"><a class="claim-link" href="..\/claims\/C6.html">C6<\/a>/);
    expect(page('claims/C6.html')).toMatch(/<dd class="used-by"><a class="claim-link" href="..\/claims\/C1.html">C1<\/a>/);
    expect(page('claims/C5.html')).toMatch(/<dd class="uses">no other claim<\/dd>/);
  });

  it('links the property source and the counterexample JSON, both copied into the site', () => {
    const c6 = claims.find((c) => c.id === 'C6')!;
    expect(page('claims/C6.html')).toContain('href="../source/C6.html"');
    expect(page('source/C6.html')).toContain(c6.property);
    expect(page('claims/C6.html')).toContain('href="../counterexamples/C6.json"');
    expect(readFileSync(join(out, 'counterexamples/C6.json'), 'utf8')).toBe(readFileSync(join(REPO_ROOT, c6.counterexample!), 'utf8'));
  });

  it("shows a formal claim's Coq statement with a badge, linking its theorem in the rendered .v file", () => {
    const c1 = page('claims/C1.html');
    expect(c1).toContain('<pre class="coq"><code>forall (R : comRingType) (n0 n1 m : nat), True &lt;-&gt; True</code></pre>');
    expect(c1).toContain('href="../formal/TwoLayerSplit.html#local_grad_eq_two_in1_sub_two_ex1"');
    expect(page('formal/TwoLayerSplit.html')).toMatch(/<span class="line" id="local_grad_eq_two_in1_sub_two_ex1"><span class="ln">\d+<\/span>(Theorem|Lemma) local_grad_eq_two_in1_sub_two_ex1/);
  });

  it('names the commit, the version and the seed in the footer', () => {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const footer = page('index.html').split('<footer>')[1]!;
    expect(footer).toContain(`<code class="commit">${head}`);
    expect(footer).toContain(`why-alignment ${version}`);
    expect(footer).toContain("each claim's default seed");
  });
});

describe('a site written over one it wrote before', () => {
  it('leaves only the pages of the claims it is given', () => {
    const root = mkdtempSync(join(tmpdir(), 'wa-root-'));                                         // Arrange: a repo of one proof
    mkdirSync(join(root, 'proofs'));
    for (const c of claims) writeFileSync(join(root, 'proofs', `${c.id}.md`), `# ${c.id}\n\n$x_${c.id.length}$`);
    const mine = claims.map((c) => ({ ...c, proof: `proofs/${c.id}.md`, counterexample: null }));
    const again = mkdtempSync(join(tmpdir(), 'wa-report-'));
    const site = (cs: typeof mine) => writeSite(planSite(again, false), (dir) => buildSite(cs, { root, out: dir }));
    site(mine);                                                                                   // Act
    site(mine.filter((c) => c.id === 'C6'));
    expect(readdirSync(join(again, 'claims'))).toEqual(['C6.html']);                              // Assert
    expect(readFileSync(join(again, 'index.html'), 'utf8')).not.toContain('claims/C5.html');
  });
});

/** What main turns into one line on stderr and exit code 2 (properties/core/cli-errors.test.ts). */
const refusal = (e: unknown): boolean => e instanceof InputError || String((e as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
const notClaims = join(out, 'not-claims.json');

describe('why-alignment report, bad input', () => {
  it.each([
    ['a missing --from file', ['--from', '/nonexistent/claims.json'], 'cannot read --from /nonexistent/claims.json: ENOENT'],
    ['a --from file that is not claims JSON', ['--from', notClaims], 'has no "claims" array'],
    ['--only naming no claim of the file', ['--from', FIXTURE, '--only', 'C6,Z9'], '--only names no claim Z9'],
    ['--seed with --from', ['--from', FIXTURE, '--seed', '3'], '--seed runs the ledger; it cannot be used with --from'],
    ['a bad --seed', ['--seed', 'x'], '--seed must be an integer'],
    ['an unknown option', ['--outt', 'x'], 'Unknown option'],
  ])('refuses %s as bad input', async (_, args, message) => {
    writeFileSync(notClaims, '{"claims": 3}');
    const error = await Promise.resolve().then(() => reportCommand.run(args)).catch((e: unknown) => e);
    expect(refusal(error)).toBe(true);
    expect((error as Error).message).toContain(message);
  });
});
