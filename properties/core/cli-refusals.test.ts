/**
 * Issue 9's cases, each refused in one line with exit 2 naming what and where (or, for
 * undefined cosines, shown as undefined and counted), within 10 s, with no work first.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempFile } from './run-cli.js';

const net = (patch: Record<string, unknown> = {}) => ({ activation: 'linear', weights: [[[1, 2], [3, 4]], [[1, 0]]], input: [1, 2], targets: [[0, 0], [1]], ...patch });
const tiny = ['--layers', '3', '--width', '3', '--batch', '2', '--trials', '2', '--workers', '1'];
const dir = mkdtempSync(join(tmpdir(), 'refusals-'));

const CASES: [string, () => string[], string][] = [
  ['1: overflow in gradients names the pair and entry', () => ['gradients', tempFile(net({ weights: [[['1e308', '1e308'], ['1e308', '1e308']], [['1e308', '1e308']]] }))], 'pair (layer 1, loss 1): gradient[0][0] overflows float64'],
  ['2: a run that surely overflows is refused up front', () => ['reproduce', '--activation', 'linear', '--init-scale', '10', '--layers', '1000', '--width', '500', '--trials', '2', '--workers', '1'], 'activations grow like 10^1000 over 1000 layers'],
  ['2: an overflowing reproduce run names the trial and pair', () => ['reproduce', '--activation', 'linear', '--init-scale', '10', '--layers', '100', '--width', '2', '--batch', '1', '--trials', '2', '--workers', '1'], 'trial 1 (seed 2018): S(∂l_'],
  ['3: --trials beyond its range', () => ['reproduce', '--trials', '1e9'], '--trials must be an integer from 2 to 10000000, got "1e9"'],
  ['3: sweep --trials beyond its range', () => ['sweep', '--trials', '1e12'], '--trials must be an integer from 2 to 100000'],
  ['3: bench --trials beyond its range', () => ['bench', '--trials', '1e12'], '--trials must be an integer from 2 to 1000'],
  ['4: --out under /proc', () => ['reproduce', ...tiny, '--out', '/proc/why-alignment/x'], '--out /proc/why-alignment/x: cannot create /proc/why-alignment: ENOENT'],
  ['4: --out naming a file', () => ['reproduce', ...tiny, '--out', tempFile('x')], 'exists and is not a directory'],
  ['4: --out /dev/null', () => ['reproduce', ...tiny, '--out', '/dev/null'], '--out /dev/null: /dev/null exists and is not a directory'],
  ['4: --out empty', () => ['reproduce', ...tiny, '--out', ''], '--out is empty'],
  ['5: a width too large for memory', () => ['reproduce', '--width', '8000', '--layers', '9', '--trials', '2'], 'needs 4.32 GiB, beyond WebAssembly\'s 4 GiB'],
  ['4: an endless file', () => ['gradients', '/dev/zero'], '/dev/zero is larger than 64 MiB'],
  ['6: deep nesting', () => ['gradients', tempFile(`{"activation":"linear","weights":${'['.repeat(5000)}1${']'.repeat(5000)},"input":[1],"targets":[[1]]}`)], 'nesting deeper than 64 levels'],
  ['9: no positional', () => ['gradients'], 'expected one network file, got 0; see `why-alignment gradients --help`'],
  ['12: 1e999999 names the file and entry', () => ['gradients', tempFile(net({ input: ['1e999999', 1] }))], '.json: input[0] is 1e999999, which overflows float64'],
  ['12: 1e-999999 is refused in float as well', () => ['gradients', tempFile(net({ input: ['1e-999999', 1] }))], '.json: input[0] is 1e-999999, which underflows float64 to 0'],
  ['12: exact digits of an entry name the file and the entry', () => ['gradients', tempFile(net({ input: [`1.${'3'.repeat(50)}`, 1] })), '--exact', '--precision', '20'], '.json: input[0]: exact input would need 51 significant digits (precision 20)'],
  ['12: exact digits name the file', () => ['gradients', tempFile(net({ input: ['1e9999', '1e-9999'] })), '--exact'], '.json: exact '],
  ['13: --precision beyond its range', () => ['gradients', tempFile(net()), '--exact', '--precision', '1000000000'], '--precision must be an integer from 1 to 100000'],
  ['13: unbounded exact work', () => ['gradients', tempFile(net({ input: [`1.${'3'.repeat(75000)}`, `2.${'7'.repeat(75000)}`] })), '--exact', '--precision', '100000'], 'exact arithmetic would exceed 5e+9 digit operations'],
  ['14: hex', () => ['gradients', tempFile(net()), '--exact', '--precision', '0x10'], '--precision must be an integer from 1 to 100000, got "0x10"'],
  ['14: whitespace in an option', () => ['reproduce', '--layers', ' 3'], '--layers must be an integer from 2 to 1000, got " 3"'],
  ['14: " 1 "', () => ['gradients', tempFile(net({ input: [' 1 ', 1] }))], 'input[0] is " 1 ", not a finite decimal'],
  ['14: "+1"', () => ['gradients', tempFile(net({ input: ['+1', 1] }))], 'input[0] is "+1", not a finite decimal'],
  ['14: ".5"', () => ['gradients', tempFile(net({ input: ['.5', 1] }))], 'input[0] is ".5", not a finite decimal'],
  ['14: "5."', () => ['gradients', tempFile(net({ input: ['5.', 1] }))], 'input[0] is "5.", not a finite decimal'],
  ['14: a duplicate key', () => ['gradients', tempFile('{"activation":"linear","activation":"relu","weights":[[[1]]],"input":[1],"targets":[[1]]}')], 'duplicate key "activation"'],
];

describe('issue 9: hostile input and options', () => {
  it.each(CASES)('%s', async (_name, args, message) => {
    // Act
    const start = performance.now();
    const { code, stdout, stderr } = await runInProcess(args());
    // Assert
    expect(stderr).toContain(message);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('9: --help, --version, help and <cmd> --help exit 0 on stdout; no command is one line, exit 2', async () => {
    for (const args of [['--help'], ['help'], ['--version'], ...['gradients', 'claims', 'reproduce', 'sweep', 'bench'].map((c) => [c, '--help'])]) {
      const { code, stdout, stderr } = await runInProcess(args);
      expect([args.join(' '), code, stderr]).toEqual([args.join(' '), 0, '']);
      expect(stdout).toMatch(/usage|why-alignment \d/);
    }
    const none = await runInProcess([]);
    expect([none.code, none.stderr]).toEqual([2, 'why-alignment: no command given; see `why-alignment --help`\n']);
    expect((await runInProcess(['foo'])).stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('2: a dead ReLU net prints its undefined cosines as "—", counted, and JSON null with a reason', async () => {
    // Arrange: width 1 and 300 layers: some unit dies in almost every trial
    const args = ['reproduce', '--layers', '300', '--width', '1', '--batch', '1', '--trials', '3', '--workers', '1'];
    // Act
    const table = await runInProcess(args);
    const json = JSON.parse((await runInProcess([...args, '--json'])).stdout);
    // Assert
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^\s+\d+\s+—\s+—/m);
    expect(table.stdout).not.toMatch(/NaN|null/);
    expect(table.stdout).toContain('trials had one');
    const undefinedGaps = json.gaps.filter((g: { meanCos: number | null }) => g.meanCos === null);
    expect(undefinedGaps.length).toBeGreaterThan(0);
    for (const g of undefinedGaps) expect([g.undefinedCells > 0, typeof g.undefined]).toEqual([true, 'string']);
    expect(json.trialsWithUndefined).toBeGreaterThan(0);
  });

  it('4: --out is created level by level when missing', async () => {
    const out = join(dir, 'a', 'b');
    const { code } = await runInProcess(['reproduce', ...tiny, '--out', out]);
    expect(code).toBe(0);
  });
});
