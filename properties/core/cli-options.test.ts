/**
 * Option reading: claims' --only and --seed, the init default per activation (issue 14),
 * and the memory estimate against the buffers a workspace really allocates.
 */
import { describe, expect, it } from 'vitest';
import { CLAIMS_SEED_RANGE, checkKnown, claimsOptions } from '../../src/cli/claims-options.js';
import { readOptions } from '../../src/cli/setup-options.js';
import { workspace } from '../../src/engine/workspace.js';
import { defaultInit } from '../../src/reproduce/init.js';
import { NOTE_SETUP } from '../../src/reproduce/note-setup.js';
import { log10ActivationGrowth, memoryRefusal, workspaceBytes } from '../../src/reproduce/resources.js';
import { gaussianFlatNetwork } from '../../src/random/gaussian-network.js';
import { runInProcess } from './run-cli.js';

describe('claims options', () => {
  it.each([
    [['--only', 'C1,C1'], '--only names C1 more than once'],
    [['--only', ''], '--only is empty'],
    [['--only', 'C1,'], '--only "C1," has an empty id at position 2'],
    [['--only', ',C1'], 'has an empty id at position 1'],
    [['--seed', '4294967296'], `--seed must be an integer from ${CLAIMS_SEED_RANGE.min} to ${CLAIMS_SEED_RANGE.max}`],
    [['--seed', String(CLAIMS_SEED_RANGE.max + 1)], '--seed must be an integer'],
    [['--seed', '1.5'], '--seed must be an integer'],
  ])('%j is refused with one line', (args, message) => {
    expect(() => claimsOptions(args)).toThrow(message);
  });

  it('reads ids in order, seeds at both ends of the range, and names unknown ids', () => {
    expect(claimsOptions(['--only', 'C4, C1', '--json', '--workers', '3'])).toEqual({ json: true, verbose: false, only: ['C4', 'C1'], seed: undefined, workers: 3, dir: undefined, limits: {}, worker: false });
    expect(() => claimsOptions(['--workers', '17'])).toThrow('--workers must be an integer from 1 to 16, got "17"');
    expect(claimsOptions([`--seed=${CLAIMS_SEED_RANGE.min}`]).seed).toBe(-(2 ** 31));
    expect(claimsOptions(['--seed', String(CLAIMS_SEED_RANGE.max)]).seed).toBe(CLAIMS_SEED_RANGE.max);
    expect(() => checkKnown(['C1', 'X9', 'Y2'], ['C1', 'C2'])).toThrow('--only: no claim X9, Y2 (the claims: C1, C2)');
    expect(() => claimsOptions(['--only', 'C1,X9'], ['C1'])).toThrow('no claim X9');
  });

  it('leaves room for the derived seeds: the largest plus 10 checks and 7919 × 8 looks stays a 32-bit int', () => {
    const derived = CLAIMS_SEED_RANGE.max + 10 + 7919 * 8;
    expect(derived | 0).toBe(derived);
  });
});

describe('issue 14: the init default follows the activation', () => {
  it.each([
    ['relu', Math.SQRT2, 'he'],
    ['linear', 1, 'unit'],
    ['tanh', 1, 'unit'],
  ])('--activation %s without --init-scale: g = %d (%s)', (activation, g, init) => {
    const o = readOptions({ activation });
    expect([o.setup.initScale, o.init]).toEqual([g, init]);
  });

  it('--init-scale given is used and called custom, for every activation', () => {
    for (const activation of ['relu', 'linear', 'tanh']) {
      const o = readOptions({ activation, 'init-scale': '0.5' });
      expect([o.setup.initScale, o.init]).toEqual([0.5, 'custom']);
    }
  });

  it('npm run reproduce keeps the note setup: its defaults are NOTE_SETUP exactly', () => {
    const { setup, init } = readOptions({});
    expect(setup).toEqual(NOTE_SETUP);
    expect([init, defaultInit(NOTE_SETUP.activation).initScale]).toEqual(['he', NOTE_SETUP.initScale]);
  });

  it('reproduce --activation linear --json runs with g = 1 and says so; relu says √2 (He)', async () => {
    const small = ['--layers', '3', '--width', '3', '--batch', '2', '--trials', '2', '--workers', '1'];
    const linear = JSON.parse((await runInProcess(['reproduce', ...small, '--activation', 'linear', '--json'])).stdout);
    const relu = await runInProcess(['reproduce', ...small, '--activation', 'relu']);
    expect([linear.initScale, linear.init, linear.setup.initScale]).toEqual([1, 'unit', 1]);
    expect(relu.stdout.split('\n')[0]).toContain('relu, g = √2 (He)');
  });
});

describe('memory estimate', () => {
  it.each([[3, 5, 2], [4, 8, 4], [2, 13, 7]])('workspaceBytes(%i, %i, %i) covers what the js and wasm workspaces allocate', (L, W, N) => {
    // Arrange: the bytes of every buffer the workspace holds, counted from the object itself
    const held = (kernel: 'js' | 'wasm') =>
      Object.values(workspace(L, W, N, kernel)).flatMap((v) => (v instanceof Float64Array ? [v] : Array.isArray(v) ? v.filter((b) => b instanceof Float64Array) : []))
        .reduce((n: number, b: Float64Array) => n + b.byteLength, 0);
    const pad4 = (x: number) => Math.ceil(x / 4) * 4;
    // Act / Assert: the estimate is an upper bound, within the arena's slack (one W×N buffer and 64 doubles)
    for (const kernel of ['js', 'wasm'] as const) {
      expect(workspaceBytes(L, W, N)).toBeGreaterThanOrEqual(held(kernel));
    }
    expect(workspaceBytes(L, W, N) - held('wasm')).toBeLessThanOrEqual(8 * (pad4(W) * pad4(N) + 64));
  });

  it('refuses a run over the limit with the estimate and the limit', () => {
    const o = { setup: { ...NOTE_SETUP }, trials: 10, seed: 0 };
    expect(memoryRefusal(o, 2, 0, 1e12)).toBeNull();
    expect(memoryRefusal(o, 2, 0, 2 ** 20)).toMatch(/needs about [\d.]+ GiB of memory \(2 worker\(s\)\), over the limit of 0\.001 GiB/);
  });
});

describe('overflow prediction', () => {
  it.each([['linear', 3], ['relu', 2], ['tanh', 3]] as const)('log10ActivationGrowth (%s, g = %d) matches a forward pass by plain loops within 0.3', (activation, g) => {
    // Arrange: L = 10, W = 100, N = 2, measured as log10(‖s_L‖ / ‖x‖)
    const [W, N] = [100, 2];
    const setup = { depth: 10, width: W, batch: N, activation, initScale: g, targetScale: 1 };
    const net = gaussianFlatNetwork(3, setup);
    const h = (z: number) => (activation === 'relu' ? Math.max(z, 0) : activation === 'tanh' ? Math.tanh(z) : z);
    let s = Array.from(net.input);
    for (const Wi of net.weights) {
      const next = new Array<number>(W * N).fill(0);
      for (let r = 0; r < W; r++) for (let c = 0; c < N; c++) {
        let z = 0;
        for (let p = 0; p < W; p++) z += Wi[r * W + p]! * s[p * N + c]!;
        next[r * N + c] = h(z);
      }
      s = next;
    }
    const norm = (v: number[]) => Math.sqrt(v.reduce((a, b) => a + b * b, 0));
    const measured = Math.log10(norm(s) / norm(Array.from(net.input)));
    // Act / Assert (tanh: bounded, the prediction is an upper bound)
    const predicted = log10ActivationGrowth(setup);
    if (activation === 'tanh') expect(measured).toBeLessThanOrEqual(predicted + 0.3);
    else expect(Math.abs(measured - predicted)).toBeLessThan(0.3);
  });
});
