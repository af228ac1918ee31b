/**
 * merge and --shard refuse bad input with one line on stderr and exit 2, before any trial
 * runs: shards of different runs, overlapping or missing trials, truncated, corrupted or
 * foreign files, bad paths and bad --shard values.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runShard } from '../../src/shard/run.js';
import { runInProcess, withOptions } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'shard-refusals-'));
const at = (name: string) => join(dir, name);
const SETUP = ['--layers', '4', '--width', '3', '--batch', '2', '--trials', '20', '--seed', '3', '--workers', '1'];

/** Writes a shard file of `reproduce SETUP … --shard I/N` to NAME. */
async function shard(name: string, iOfN: string, extra: string[] = []): Promise<void> {
  const r = await runInProcess(['reproduce', ...withOptions(SETUP, extra), '--shard', iOfN, '--shard-out', at(name)]);
  expect(r.code, r.stderr).toBe(0);
}

/** The shard file at NAME with its header line rewritten and its checksum recomputed, saved as OUT. */
function reHeader(name: string, out: string, edit: (h: Record<string, unknown>) => void, body = (b: string) => b): void {
  const [head, data] = readFileSync(at(name), 'utf8').split('\n');
  const h = JSON.parse(head!);
  edit(h);
  const text = `${JSON.stringify(h)}\n${body(data!)}\n`;
  writeFileSync(at(out), `${text}sha256 ${createHash('sha256').update(text).digest('hex')}\n`);
}

beforeAll(async () => {
  for (const i of [1, 2, 3]) await shard(`a${i}.shard`, `${i}/3`);
  await shard('half1.shard', '1/2');
  for (const s of ['1/2', '2/2', '2/4', '1/4', '3/4']) await shard(`t4-${s.replace('/', 'of')}.shard`, s, ['--trials', '4']);
  await shard('wide2.shard', '2/3', ['--width', '4']);
  await shard('seed2.shard', '2/3', ['--seed', '4']);
  await shard('given-g2.shard', '2/3', ['--init-scale', String(Math.SQRT2)]); // relu's g, but given: init custom, not he
  const text = readFileSync(at('a2.shard'), 'utf8');
  writeFileSync(at('cut.shard'), text.slice(0, text.length >> 1));
  const k = text.indexOf('\n') + 10;
  writeFileSync(at('flip.shard'), text.slice(0, k) + (text[k] === 'A' ? 'B' : 'A') + text.slice(k + 1));
  writeFileSync(at('edited.shard'), text.replace('"seed":3,', '"seed":4,'));
  writeFileSync(at('net.json'), '{"activation":"linear"}');
  reHeader('a2.shard', 'v1.shard', (h) => (h.version = 1));
  // T = 20 gives 20 one-trial blocks; trials 6–12 are 7 whole blocks × (3 counts + 4·3 gap sums + 2·5² pair sums) × 8 bytes
  // = 3640 bytes, 4856 base64 characters (the last group holds 1 byte); 4844 of them decode to 3633
  reHeader('a2.shard', 'short.shard', () => {}, (b) => b.slice(0, -12));
  const runs = [{ setup: { depth: 2, width: 2, batch: 1, activation: 'linear' as const, initScale: 1, targetScale: 1 }, trials: 2, seed: 1 }];
  await runShard({ command: 'sweep', runs, shard: { index: 1, count: 1 }, path: at('sweep.shard') }, 1);
});

const MERGE_CASES: [string, string[], string][] = [
  ['different widths', ['a1.shard', 'wide2.shard', 'a3.shard'], '{a1.shard} and {wide2.shard} are shards of different runs: width 3 vs 4'],
  ['different seeds', ['a1.shard', 'seed2.shard', 'a3.shard'], '{a1.shard} and {seed2.shard} are shards of different runs: seed 3 vs 4'],
  ['an init given rather than defaulted', ['a1.shard', 'given-g2.shard', 'a3.shard'], '{a1.shard} and {given-g2.shard} are shards of different runs: init he vs custom'],
  ['overlapping ranges', ['half1.shard', 'a2.shard', 'a3.shard'], '{a2.shard} (trials 6–12) overlaps {half1.shard} (trials 0–9)'],
  ['an overlap of one trial', ['t4-1of2.shard', 't4-2of4.shard', 't4-2of2.shard'], '{t4-2of4.shard} (trial 1) overlaps {t4-1of2.shard} (trials 0–1)'],
  ['the same shard twice', ['a1.shard', 'a1.shard', 'a2.shard', 'a3.shard'], '{a1.shard} (trials 0–5) overlaps {a1.shard} (trials 0–5)'],
  ['a missing middle', ['a1.shard', 'a3.shard'], 'no shard holds trials 6–12 of 20'],
  ['a missing end', ['a1.shard', 'a2.shard'], 'no shard holds trials 13–19 of 20'],
  ['only the last trial missing', ['t4-1of4.shard', 't4-2of4.shard', 't4-3of4.shard'], 'no shard holds trial 3 of 4'],
  ['a missing start', ['a2.shard', 'a3.shard'], 'no shard holds trials 0–5 of 20'],
  ['a truncated file', ['a1.shard', 'cut.shard', 'a3.shard'], '{cut.shard} is truncated: it does not end in its checksum line'],
  ['a corrupted byte', ['a1.shard', 'flip.shard', 'a3.shard'], '{flip.shard} is corrupted: its SHA-256 does not match its checksum line'],
  ['an edited header', ['a1.shard', 'edited.shard', 'a3.shard'], '{edited.shard} is corrupted: its SHA-256 does not match its checksum line'],
  ['records shorter than the header says', ['a1.shard', 'short.shard', 'a3.shard'], '{short.shard} is corrupted: 3633 bytes of records, its header needs 3640'],
  ['another format version', ['a1.shard', 'v1.shard', 'a3.shard'], '{v1.shard} has a bad header: it has format version 1; this why-alignment reads version 3'],
  ['a file that is no shard', ['net.json'], '{net.json} is not a why-alignment shard file'],
  ['a missing file', ['none.shard'], 'cannot read {none.shard}: ENOENT'],
  ['a directory', ['.'], 'cannot read {.}: EISDIR'],
  ['--out for sweep shards', ['sweep.shard', '--out', 'plots'], '--out writes reproduce plots; these are sweep shards; see `why-alignment merge --help`'],
];

describe('merge refuses', () => {
  it.each(MERGE_CASES)('%s: one line, exit 2', async (_name, args, message) => {
    const r = await runInProcess(['merge', ...args.map((a) => (a.startsWith('-') || a === 'plots' ? a : at(a)))]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `why-alignment merge: ${message.replace(/\{([^}]*)\}/g, (_, p) => at(p))}\n`]);
  });

  it('no shards at all', async () => {
    expect(await runInProcess(['merge', '--json'])).toEqual({ code: 2, stdout: '', stderr: 'why-alignment merge: expected shard files, got none\n' });
  });
});

const SHARD_CASES: [string, string[], string][] = [
  ['shard 0', ['--shard', '0/3'], '--shard must be I/N, integers with 1 ≤ I ≤ N, got "0/3"'],
  ['I > N', ['--shard', '4/3'], '--shard must be I/N, integers with 1 ≤ I ≤ N, got "4/3"'],
  ['a fraction', ['--shard', '1.5/3'], '--shard must be I/N, integers with 1 ≤ I ≤ N, got "1.5/3"'],
  ['no N', ['--shard', '1'], '--shard must be I/N, integers with 1 ≤ I ≤ N, got "1"'],
  ['more shards than trials', ['--shard', '1/21'], '--shard 1/21 splits 20 trials into 21 shards; use at most 20'],
  ['a missing directory', ['--shard', '1/2', '--shard-out', '/nonexistent/x.shard'], '--shard-out /nonexistent/x.shard: /nonexistent is not a directory'],
  ['a directory as the file', ['--shard', '1/2', '--shard-out', tmpdir()], `--shard-out ${tmpdir()} is a directory`],
  ['--shard-out alone', ['--shard-out', 'x.shard'], '--shard-out needs --shard I/N'],
  ['--out with --shard', ['--shard', '1/2', '--out', 'plots'], '--out goes to merge: a shard has too few trials to plot'],
];

describe('--shard refuses', () => {
  it.each(SHARD_CASES)('%s: one line, exit 2', async (_name, args, message) => {
    const r = await runInProcess(['reproduce', ...SETUP, ...args]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `why-alignment reproduce: ${message}; see \`why-alignment reproduce --help\`\n`]);
  });

  it('refuses a bad --shard-out before running any trial', async () => {
    const start = performance.now();
    const r = await runInProcess(['reproduce', '--trials', '10000000', '--workers', '1', '--shard', '1/2', '--shard-out', '/nonexistent/x.shard']);
    expect([r.code, r.stderr]).toEqual([2, 'why-alignment reproduce: --shard-out /nonexistent/x.shard: /nonexistent is not a directory; see `why-alignment reproduce --help`\n']);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('sweep takes --shard too, and refuses the same way', async () => {
    const r = await runInProcess(['sweep', '--trials', '2', '--shard', '3/2']);
    expect([r.code, r.stderr]).toEqual([2, 'why-alignment sweep: --shard must be I/N, integers with 1 ≤ I ≤ N, got "3/2"; see `why-alignment sweep --help`\n']);
  });
});
