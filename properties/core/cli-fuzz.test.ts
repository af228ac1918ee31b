/**
 * Fuzz: fast-check draws hostile option lists and hostile network files and runs the CLI
 * (in-process through main(), plus two real-bin runs). Every run ends with exit 0 or 2;
 * exit 2 is exactly one stderr line with no stack; stdout never holds NaN or Infinity, nor a
 * null without a reason beside it ("undefined"); every run ends within 10 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkToJson } from '../../src/io/network-json.js';
import { networkSpec } from '../arbitraries/network-spec.js';
import { type CliResult, runBin, runInProcess, tempFile } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));

/** Values no option accepts, or that parseArgs itself refuses. */
const HOSTILE = ['', ' ', '0x10', ' 1', '1 ', '+1', '.5', '5.', 'NaN', 'Infinity', '-Infinity', '1e999', '-1', '1_0', '٣', 'true', '1/2', '2.5', '9007199254740993'];
const value = (valid: string[]) => fc.constantFrom(...valid, ...HOSTILE);
const opt = (name: string, valid: string[]) => value(valid).map((v) => [`--${name}`, v]);
const extras = fc.constantFrom(['--bogus'], ['-x'], ['--json'], ['stray'], ['--'], ['--help'], ['--json', '--json']);

/** Valid values are small, so an accepted run takes milliseconds. */
const REPRODUCE = fc.array(fc.oneof(
  opt('layers', ['2', '4', '30']), opt('width', ['1', '4']), opt('batch', ['1', '3']), opt('trials', ['2', '3']),
  opt('activation', ['relu', 'linear', 'tanh', 'sigmoid']), opt('init-scale', ['1', '1e6', '1e-300', '0']),
  opt('target-scale', ['0', '1', '1e6']), opt('seed', ['0', '4294967295', '4294967296']), opt('workers', ['1', '0']),
  // --out: hostile names, but inside the temporary directory (never the work tree), and the special paths
  fc.constantFrom('/proc/x/y', '/dev/null', '', ...HOSTILE.filter((h) => h.trim() !== '').map((h) => join(dir, h))).map((v) => ['--out', v]), extras,
  // --shard: its file always inside the temporary directory
  value(['1/2', '2/2', '3/2', '1/3', '0/1']).map((v) => ['--shard', v, '--shard-out', join(dir, 'fuzz.shard')]),
), { maxLength: 4 }).map((xs) => ['reproduce', '--layers', '3', '--width', '3', '--batch', '2', '--trials', '2', '--workers', '1', ...xs.flat()]);

/** sweep, bench and claims run for seconds when accepted: each list carries one refused value. */
const refusedRun = (command: string, name: string, valid: string[]) =>
  fc.tuple(fc.constantFrom(...HOSTILE.filter((h) => h.trim() !== h || h === '' || !/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(h))), fc.array(fc.oneof(opt(name, valid), extras), { maxLength: 3 }))
    .map(([bad, xs]) => [command, ...xs.flat(), `--${name}=${bad}`]);

const GRADIENT_OPTIONS = fc.array(fc.oneof(fc.constant(['--exact']), opt('precision', ['30', '200']), extras), { maxLength: 3 }).map((xs) => xs.flat());

/** A valid small net, then hostile values at random places, or raw-text damage. */
const HOSTILE_ENTRIES: unknown[] = [1e308, -1e308, 1e-320, '1e999999', '1e-999999', ' 1', '+1', '.5', '5.', 'NaN', 'Infinity', null, true, {}, [], [[]], 'x', '1e99999999999999999', 1.5e300];
const hostileNet = fc.tuple(
  networkSpec({ maxDepth: 3, maxWidth: 3 }).map(networkToJson),
  fc.array(fc.tuple(fc.constantFrom('weights', 'input', 'targets', 'activation'), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.constantFrom(...HOSTILE_ENTRIES)), { maxLength: 3 }),
  fc.oneof({ weight: 8, arbitrary: fc.constant('none') }, fc.constantFrom('duplicate', 'truncate', 'deep', 'unknown field', 'missing field')),
).map(([json, edits, raw]) => {
  const net = json as Record<string, unknown>;
  for (const [field, path, v] of edits) {
    // Descend along the path while there are arrays; replace what is found there (an entry, a row or a matrix).
    let [holder, key]: [Record<string | number, unknown>, string | number] = [net, field];
    for (const k of path) {
      const at: unknown = holder[key];
      if (!Array.isArray(at) || at.length === 0) break;
      [holder, key] = [at as unknown as Record<number, unknown>, k % at.length];
    }
    holder[key] = v;
  }
  if (raw === 'unknown field') net.bias = [1];
  if (raw === 'missing field') delete net.input;
  const text = JSON.stringify(net);
  if (raw === 'duplicate') return text.replace('{', '{"activation":"tanh",');
  if (raw === 'truncate') return text.slice(0, text.length / 2);
  if (raw === 'deep') return text.replace('"weights":', `"weights":${'['.repeat(200)}`);
  return text;
});

/** Every null in JSON output sits beside a reason; no NaN or Infinity anywhere. */
function reasonedNulls(x: unknown): boolean {
  if (Array.isArray(x)) return x.every((v) => v !== null && reasonedNulls(v));
  if (x && typeof x === 'object') return Object.values(x).every((v) => (v === null ? typeof (x as { undefined?: unknown }).undefined === 'string' : reasonedNulls(v)));
  return typeof x !== 'number' || Number.isFinite(x);
}

function expectWellBehaved(args: string[], r: CliResult, seconds: number): void {
  const where = JSON.stringify(args).slice(0, 300);
  expect([where, r.code === 0 || r.code === 2]).toEqual([where, true]);
  if (r.code === 2) expect([where, r.stderr.trimEnd().split('\n').length, /\n\s+at |internal error/.test(r.stderr)]).toEqual([where, 1, false]);
  expect([where, /NaN|Infinity/.test(r.stdout)]).toEqual([where, false]);
  let json: unknown;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    expect([where, /\bnull\b/.test(r.stdout)]).toEqual([where, false]);
  }
  if (json !== undefined) expect([where, reasonedNulls(json)]).toEqual([where, true]);
  expect(seconds).toBeLessThan(10);
}

const timed = async (args: string[]) => {
  const start = performance.now();
  const r = await runInProcess(args);
  expectWellBehaved(args, r, (performance.now() - start) / 1000);
};

describe('fuzz: hostile options and network files', () => {
  it('option lists for every command: exit 0 or 2, one line, no NaN/Infinity/unexplained null, < 10 s', async () => {
    const commands = fc.oneof(
      { weight: 6, arbitrary: REPRODUCE },
      refusedRun('sweep', 'trials', ['2']),
      refusedRun('bench', 'trials', ['2']),
      refusedRun('claims', 'seed', ['1']),
      refusedRun('report', 'seed', ['1']),
      fc.tuple(fc.constantFrom(...HOSTILE), fc.array(fc.constantFrom('C1', 'C1', '', ' ', 'X9'), { maxLength: 3 })).map(([s, ids]) => ['claims', '--only', ids.join(','), `--seed=${s}`]),
      GRADIENT_OPTIONS.map((xs) => ['gradients', tempFile({ activation: 'relu', weights: [[[1, -1]]], input: ['0.1', '0.1'], targets: [[0]] }), ...xs]),
    );
    await fc.assert(fc.asyncProperty(commands, timed), { numRuns: 200, seed: 2026 });
  });

  it('network files: exit 0 or 2 in float and exact mode, same rules', async () => {
    const run = fc.tuple(hostileNet, fc.constantFrom([], ['--exact', '--precision', '300'])).map(([text, o]) => ['gradients', tempFile(text), ...o]);
    await fc.assert(fc.asyncProperty(run, timed), { numRuns: 150, seed: 2027 });
  });

  it('the real bin: one stderr line, no stack (deep nesting; stdout on /dev/full)', async () => {
    const calls = [['gradients', tempFile(`{"activation":"linear","weights":${'['.repeat(3000)}`)]];
    const full = new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('node', ['src/cli/why-alignment.mjs', '--help'], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += String(d)));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    const results = await Promise.all(calls.map(async (args) => ({ args, r: await runBin(args) })));
    for (const { args, r } of results) expectWellBehaved(args, r, 0);
    expect(results.map(({ r }) => r.code)).toEqual([2]);
    // stdout that cannot be written (/dev/full): one line, exit 2
    expect(await full).toEqual({ code: 2, stderr: 'why-alignment: cannot write the output: ENOSPC\n' });
  });
});
