/**
 * Bad input gets one line on stderr saying what and where, exit code 2, and no
 * stack trace; nothing on stdout.
 */
import { describe, expect, it } from 'vitest';
import { runBin, runInProcess, tempFile } from './run-cli.js';

const good = { activation: 'linear', weights: [[[1, 2], [3, 4]], [[1, 0]]], input: [1, 2], targets: [[0, 0], [1]] };
const withField = (patch: Record<string, unknown>) => ({ ...good, ...patch });

const CASES: [string, () => string[], string][] = [
  ['a missing file', () => ['gradients', '/nonexistent/net.json'], 'cannot read /nonexistent/net.json: ENOENT'],
  ['malformed JSON', () => ['gradients', tempFile('{"activation": ')], 'malformed JSON'],
  ['a JSON array', () => ['gradients', tempFile([1])], 'must hold a JSON object, not an array'],
  ['a missing field', () => ['gradients', tempFile({ ...good, targets: undefined })], 'missing field "targets"'],
  ['an unknown field', () => ['gradients', tempFile(withField({ target: [] }))], 'unknown field "target"'],
  ['an unknown activation', () => ['gradients', tempFile(withField({ activation: 'sigmoid' }))], 'activation is string "sigmoid"; expected one of linear, relu, tanh'],
  ['zero layers', () => ['gradients', tempFile(withField({ weights: [] }))], 'weights is empty: a network needs at least one layer'],
  ['ragged rows', () => ['gradients', tempFile(withField({ weights: [[[1, 2], [3]], [[1, 0]]] }))], 'weights[0][1] has 1 entry, weights[0][0] has 2 (ragged rows)'],
  ['NaN', () => ['gradients', tempFile(withField({ input: ['NaN', 1] }))], 'input[0] is "NaN", not a finite decimal'],
  ['Infinity', () => ['gradients', tempFile(withField({ input: [1, 'Infinity'] }))], 'input[1] is "Infinity", not a finite decimal'],
  ['a JSON number beyond float64', () => ['gradients', tempFile('{"activation":"linear","weights":[[[1e999]]],"input":[1],"targets":[[1]]}')], 'weights[0][0][0] is Infinity, not a finite number'],
  ['a decimal beyond float64 (float mode)', () => ['gradients', tempFile(withField({ input: ['1e400', 1] }))], 'input[0] is 1e400, which overflows float64'],
  ['a non-numeric entry', () => ['gradients', tempFile(withField({ input: [true, 1] }))], 'input[0] is true, not a number'],
  ['null', () => ['gradients', tempFile(withField({ targets: [[0, null], [1]] }))], 'targets[0][1] is null, not a number'],
  ['layers that do not chain', () => ['gradients', tempFile(withField({ weights: [[[1, 2], [3, 4]], [[1, 0, 1]]] }))], 'weights[1] has 3 columns, layer 1 has width 2'],
  ['input of the wrong width', () => ['gradients', tempFile(withField({ input: [1, 2, 3] }))], 'input has 3 rows, weights[0] has 2 columns'],
  ['a target of the wrong width', () => ['gradients', tempFile(withField({ targets: [[0, 0], [1, 2, 3]] }))], 'targets[1] has 3 rows, layer 2 has width 1'],
  ['a target batch size mismatch', () => ['gradients', tempFile(withField({ input: [[1, 2], [3, 4]] }))], 'targets[0] has 1 column, the input has 2 samples'],
  ['too few targets', () => ['gradients', tempFile(withField({ targets: [[0, 0]] }))], 'targets has 1 entry, the network has 2 layers'],
  ['tanh under --exact', () => ['gradients', tempFile(withField({ activation: 'tanh' })), '--exact'], 'activation tanh is float-only and cannot be computed exactly: drop --exact'],
  ['a fraction under --exact', () => ['gradients', tempFile(withField({ input: ['1/3', 1] })), '--exact'], 'input[0] is "1/3", not a finite decimal'],
  ['an unknown option', () => ['gradients', tempFile(good), '--exactly'], "Unknown option '--exactly'"],
  ['two files', () => ['gradients', tempFile(good), tempFile(good)], 'expected one network file, got 2'],
  ['a bad --precision', () => ['gradients', tempFile(good), '--exact', '--precision', 'many'], '--precision must be an integer from 1 to 100000, got "many"; see `why-alignment gradients --help`'],
  ['an unknown command', () => ['gradient', tempFile(good)], 'unknown command "gradient"'],
];

describe('bad input', () => {
  it.each(CASES)('%s: exit 2, one line naming it', async (_name, args, message) => {
    // Act
    const { code, stdout, stderr } = await runInProcess(args());
    // Assert
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toContain(message);
  });

  it('the real bin prints exactly one line and no stack trace', async () => {
    const results = await Promise.all([
      runBin(['gradients', tempFile('{oops')]),
      runBin(['gradients', tempFile(withField({ activation: 'tanh' })), '--exact']),
      runBin(['gradients', tempFile(withField({ input: [1, 2, 3] }))]),
    ]);
    for (const { code, stdout, stderr } of results) {
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
