/**
 * Reads are bounded, writes atomic and checked first, and runs name their build: each hostile
 * case ends in one line on stderr and exit 2 (within a second where it is a read), with nothing
 * half-written (issue 23).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFreeSpace, writeFileAtomic } from '../../src/io/atomic-write.js';
import { parseJsonText, readBounded } from '../../src/io/read-bounded.js';
import { REPO_ROOT } from '../../src/lang/define.js';
import { runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'io-safety-'));
const at = (name: string) => join(dir, name);
const SETUP = ['--layers', '3', '--width', '3', '--batch', '2', '--trials', '6', '--seed', '5', '--workers', '1'];

/** A sparse file of `bytes` bytes that starts with `head`: as large as junk gets, written at once. */
function sparse(name: string, bytes: number, head = 'junk'): string {
  const fd = openSync(at(name), 'w');
  writeSync(fd, head);
  if (bytes > Buffer.byteLength(head)) writeSync(fd, 'x', bytes - 1);
  closeSync(fd);
  return at(name);
}

beforeAll(async () => {
  for (const c of ['gradients', 'report', 'merge', 'claims']) await runInProcess([c, '--help']); // load each command's modules before timing
  for (const i of [1, 2]) expect((await runInProcess(['reproduce', ...SETUP, '--shard', `${i}/2`, '--shard-out', at(`s${i}.shard`)])).code).toBe(0);
});

/** Runs the CLI and checks the refusal: exit 2, one line containing `text`, within `ms` (well under a second when quiet; 5 s leaves room for a loaded machine). */
async function refused(args: string[], text: string, ms = 5000): Promise<void> {
  const start = performance.now();
  const r = await runInProcess(args);
  expect([r.code, r.stderr.trim().split('\n').length], r.stderr).toEqual([2, 1]);
  expect(r.stderr).toContain(text);
  expect(performance.now() - start).toBeLessThan(ms);
}

describe('bounded reads', () => {
  it.each([
    ['gradients of /dev/zero', ['gradients', '/dev/zero'], 'is larger than 64 MiB'],
    ['report --from /dev/zero', ['report', '--from', '/dev/zero', '--out', at('site0')], 'is larger than 64 MiB'],
    ['merge of /dev/zero', ['merge', '/dev/zero'], 'is not a why-alignment shard file'],
    ['report --from 200 MB of junk', () => ['report', '--from', sparse('junk.json', 200e6), '--out', at('site1')], 'is larger than 64 MiB'],
    ['merge of 200 MB of junk', () => ['merge', sparse('junk.shard', 200e6)], 'is not a why-alignment shard file'],
    ['merge of a shard header with 200 MB after it', () => ['merge', sparse('long.shard', 200e6, `${readFileSync(at('s1.shard'), 'utf8').split('\n')[0]}\n`)], 'the most its header allows'],
    ['gradients of a file with a BOM', () => ['gradients', sparse('bom.json', 10, '\uFEFF{}')], 'byte-order mark (BOM)'],
    ['report --from a file with a BOM', () => ['report', '--from', sparse('bom2.json', 10, '\uFEFF{}'), '--out', at('site2')], 'byte-order mark (BOM)'],
  ] as [string, string[] | (() => string[]), string][])('%s: refused at once', async (_, args, text) => {
    await refused(typeof args === 'function' ? args() : args, text);
  });

  it('a named pipe no one writes to is refused, not waited on forever; one that is written to is read', async () => {
    execFileSync('mkfifo', [at('idle.fifo'), at('fed.fifo')]);
    await refused(['gradients', at('idle.fifo')], 'idle.fifo sent no data for 3 s', 8000);
    const writer = spawn('sh', ['-c', `sleep 0.3; cat ${join(REPO_ROOT, 'properties/fixtures/two-layer.json')} > ${at('fed.fifo')}`]);
    const r = await runInProcess(['gradients', at('fed.fifo')]);
    writer.kill();
    expect([r.code, r.stdout.startsWith('{"pairs"')], r.stderr).toEqual([0, true]);
  });

  it('a JSON syntax error names the place, never the text', () => {
    expect(() => parseJsonText('{"a": secret}', 'f.json')).toThrow(/^f\.json is not valid JSON$/);
    expect(() => parseJsonText('', 'f.json')).toThrow('f.json is not valid JSON (it ends too early)');
    expect(() => parseJsonText('{"a" 1}', 'f.json')).toThrow('f.json is not valid JSON at character 6');
    expect(() => readBounded(dir)).toThrow('EISDIR');
  });
});

describe('atomic writes, checked first', () => {
  it('replaces a file whole, and on failure keeps the old one and leaves no temporary', () => {
    writeFileAtomic(at('a.txt'), 'old');
    writeFileAtomic(at('a.txt'), 'new');
    expect(readFileSync(at('a.txt'), 'utf8')).toBe('new');
    mkdirSync(at('busy/inner'), { recursive: true }); // renaming a file over a non-empty folder fails
    expect(() => writeFileAtomic(at('busy'), 'x', 'busy')).toThrow(/^cannot write busy: (EISDIR|ENOTEMPTY|EEXIST)/);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('refuses too little free space before any work', () => {
    expect(() => checkFreeSpace(dir, 2 ** 60, '--out x')).toThrow(/--out x: .* MiB free; this needs about/);
    expect(() => checkFreeSpace(dir, 1, '--out x')).not.toThrow();
  });
});

describe('runs name their build; merge refuses mixes and forgeries', () => {
  /** s2.shard with its header and body edited and its checksum recomputed, saved as NAME. */
  function forge(name: string, edit: (h: Record<string, any>, body: Float64Array) => void): string {
    const [head, data] = readFileSync(at('s2.shard'), 'utf8').split('\n');
    const h = JSON.parse(head!);
    const bytes = Buffer.from(data!, 'base64');
    const body = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    edit(h, body);
    const text = `${JSON.stringify(h)}\n${Buffer.from(body.buffer).toString('base64')}\n`;
    writeFileSync(at(name), `${text}sha256 ${createHash('sha256').update(text).digest('hex')}\n`);
    return at(name);
  }

  it('a shard header and --json carry the gemm build, the tool version and Node\'s', async () => {
    const h = JSON.parse(readFileSync(at('s1.shard'), 'utf8').split('\n')[0]!);
    expect(Object.keys(h.build).sort()).toEqual(['gemm', 'node', 'tool']);
    expect(['native', 'fma', 'mul-add']).toContain(h.build.gemm);
    expect(h.build.node).toBe(process.version);
    const merged = JSON.parse((await runInProcess(['merge', at('s1.shard'), at('s2.shard'), '--json'])).stdout);
    expect(merged.build).toEqual(h.build);
  });

  it('refuses shards of different gemm bits, naming both builds; native and fma (the same bits) merge', async () => {
    const own = JSON.parse(readFileSync(at('s1.shard'), 'utf8').split('\n')[0]!).build.gemm as string;
    const other = own === 'mul-add' ? 'fma' : 'mul-add';
    await refused(['merge', at('s1.shard'), forge('other.shard', (h) => (h.build.gemm = other))], `different gemm builds: ${own} vs ${other}`);
    await refused(['merge', at('s1.shard'), forge('v9.shard', (h) => (h.build.tool = '9.9.9'))], 'different why-alignment versions');
    if (own !== 'mul-add') {
      const r = await runInProcess(['merge', at('s1.shard'), forge('twin.shard', (h) => (h.build.gemm = own === 'native' ? 'fma' : 'native')), '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).build.gemm).toMatch(/^(native\+fma|fma\+native)$/);
    }
  });

  it.each([
    ['a NaN sum', (b: Float64Array) => (b[4] = NaN)],
    ['a negative count', (b: Float64Array) => (b[1] = -1)],
    ['a fractional count', (b: Float64Array) => (b[2] = 0.5)],
    ['a cosine beyond 1', (b: Float64Array) => (b[b.length - 1] = 1.5)],
  ])('refuses a forged body with a valid checksum: %s', async (name, edit) => {
    await refused(['merge', at('s1.shard'), forge(`${name.replace(/\W/g, '')}.shard`, (_, b) => edit(b))], 'is malformed');
  });

  it('refuses an unknown WHY_ALIGNMENT_GEMM before any work', async () => {
    process.env.WHY_ALIGNMENT_GEMM = 'bogus';
    try {
      await refused(['reproduce', ...SETUP], 'WHY_ALIGNMENT_GEMM must be native, fma, mul-add or unset, got "bogus"');
      await refused(['merge', at('s1.shard'), at('s2.shard')], 'WHY_ALIGNMENT_GEMM must be'); // merge runs no gemm, but the typo is the user's
    } finally {
      delete process.env.WHY_ALIGNMENT_GEMM;
    }
  });
});

describe('refusals', () => {
  it.each([
    ['claims --dir that does not exist', ['claims', '--dir', at('none')], 'cannot read it: ENOENT'],
    ['claims --dir holding no claim', ['claims', '--dir', dir], 'holds no claim file'],
    ['a flag given twice', ['reproduce', '--trials', '5', '--trials', '6'], '--trials is given twice'],
    ['a flag given twice, once with =', ['claims', '--seed', '1', '--seed=2'], '--seed is given twice'],
    ['a boolean given twice', ['merge', 'x.shard', '--json', '--json'], '--json is given twice'],
  ])('%s: one line, exit 2', async (_, args, text) => {
    await refused(args, text);
  });

  it('a missing shard path names itself; nothing was written for the refused runs', () => {
    expect(existsSync(at('site0')) || existsSync(at('site1')) || existsSync(at('site2'))).toBe(false);
  });
});
