/**
 * The wasm activation steps (activation.wat tanh, relu) against independent oracles: tanh against decimal.js at
 * 50 digits from the exact binary value, relu against its definition; and Kernels.activate for every kind.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wasmArena } from '../../src/engine/wasm/gemm.js';
import { activate } from '../../src/engine/kernels.js';

const D = Decimal.clone({ precision: 50 });

/** The exact value of a double: mantissa · 2^(exponent − 1075). */
function exact(v: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(v));
  const bits = view.getBigUint64(0);
  const [e, m] = [Number(bits >> 52n), bits & ((1n << 52n) - 1n)];
  const r = new D((e === 0 ? m : m | (1n << 52n)).toString()).times(new D(2).pow(Math.max(e, 1) - 1075));
  return v < 0 ? r.neg() : r;
}

/**
 * Relative error bound from the analysis in activation.wat, first order in ε = 2⁻⁵³ (each operation's relative error ≤ ε;
 * second-order terms < 10⁻¹⁰ε). All quantities are ≥ 0, so a computed sum of monomials carries on each monomial
 * the product of the roundings on its path, and the relative error is Σ (weight of monomial)·(roundings on its path).
 * Q by Estrin, paths: q0 4 (its adds), q1 r 5, q2 r² 6 (r² itself 1), q3 r³ 7, q4 r⁴ 8 (r⁴ 3), q5 9, q6 10, …, q10 12;
 * their mean under the weights q_k r^k/Q grows with r, so its value at r = ln2 (weights 0.78, 0.18, 0.031, …) 4.26ε, + 0.15ε truncation and
 * coefficients (scripts/tanh-coefficients.mjs) = 4.41ε. expm1 r = r + r²·Q (r exact): the product r²·Q 4.41ε + 2ε
 * (r², ×), weighted by w = r²Q/expm1 r = 1 − r/expm1 r, plus the sum's ε: ε₁ ≤ ε(1 + 6.41w); w ≤ 0.164 on
 * r ≤ ln2/2, ≤ 0.307 on r < ln2. tanh = E/(E + 2) passes E's error times 2/(E + 2) and adds 2ε (E + 2, quotient).
 * f = 0: E = expm1 r: r ≤ ln2/2: 2.05ε·1 + 2ε; r > ln2/2: 2.97ε·2/(√2 + 1) + 2ε = 4.46ε.
 * f ≥ 1: E = 2^f·expm1 r + (2^f − 1) (2^f exact, 2^f − 1 exact for f ≤ 53 and beyond that 2/(E + 2) < 2⁻⁵²):
 * ε₁ weighted by 2^f·expm1 r/E ≤ expm1 r/(expm1 r + 1/2), r̂ = r(1 + δ) (u − f·hi exact, |δ| ≤ ε) moves E by
 * ≤ ε·r·2^f·e^r/E ≤ ε·r·2e^r/(2e^r − 1), plus the sum's ε; worst at f = 1: r ≤ ln2/2: (2.05·0.453 + 0.54 + 1)ε·2/3
 * + 2ε = 3.65ε; r > ln2/2: (2.97·2/3 + 0.93 + 1)ε·2/(2√2 + 1) + 2ε = 4.04ε. Hence ≤ 4.46ε < 4.5ε.
 */
const BOUND = 4.5 * 2 ** -53;

function wasmTanh(xs: number[]): { t: Float64Array; d: Float64Array } {
  const n = Math.ceil(xs.length / 4) * 4;
  const arena = wasmArena(2 * n + 8);
  const [t, d] = [arena.alloc(n), arena.alloc(n)];
  t.set(xs);
  arena.tanh(t, d, n);
  return { t: t.slice(0, xs.length), d: d.slice(0, xs.length) };
}

/**
 * Doubles of every kind: subnormal, around u = 2y = ln2 (f switches 0 → 1) and around y = 20 (clamp), large; and
 * uniform in value on [0, 4) with full mantissas (fc.double draws by bit pattern, so mostly tiny values).
 */
const y = fc.oneof(
  fc.double({ noNaN: true }),
  { arbitrary: fc.bigInt({ min: 0n, max: (1n << 52n) - 1n }).map((m) => Number(m) * 2 ** -50), weight: 3 },
  fc.double({ min: 0, max: 2 ** -1000 }),
  fc.double({ min: 0, max: 2 }),
  fc.double({ min: Math.LN2 / 2 - 1e-6, max: Math.LN2 / 2 + 1e-6 }),
  fc.double({ min: 1, max: 30 }),
  fc.double({ min: 18, max: 21 }),
  fc.constantFrom(0, Math.LN2 / 2, 20, Infinity, Number.MAX_VALUE, Number.MIN_VALUE),
);
const signed = fc.tuple(y, fc.boolean()).map(([v, neg]) => (neg ? -v : v));

describe('wasm tanh', () => {
  it('is within 4.5·2⁻⁵³ relative of tanh (50-digit decimal.js), d = 1 − t·t from the stored t, odd exactly', () => {
    fc.assert(
      fc.property(fc.array(signed, { minLength: 1, maxLength: 40 }), (xs) => {
        // Arrange: x and −x side by side
        const both = xs.flatMap((x) => [x, -x]);
        // Act
        const { t, d } = wasmTanh(both);
        // Assert
        both.forEach((x, k) => {
          const tk = t[k]!;
          expect(d[k]).toBe(1 - tk * tk);
          expect(Object.is(t[k ^ 1], -tk)).toBe(true); // tanh(−x) = −tanh(x), −0 included
          if (x === 0 || !Number.isFinite(x)) return expect(Object.is(tk, x === 0 ? x : Math.sign(x))).toBe(true);
          // |x| ≥ 40: 1 − |tanh x| < 2e⁻⁸⁰, far below the bound (and decimal.js tanh of huge x is slow)
          const want = Math.abs(x) >= 40 ? new D(Math.sign(x)) : exact(x).tanh();
          expect(exact(tk).minus(want).abs().lte(want.abs().times(BOUND))).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });

  it("uses scripts/tanh-coefficients.mjs's q_k, each once per vector, and that script's truncation bound (≤ 0.15ε) holds", () => {
    // Arrange
    const script = new URL('../../scripts/tanh-coefficients.mjs', import.meta.url);
    const wat = readFileSync(new URL('../../src/engine/wasm/activation.wat', import.meta.url), 'utf8');
    const tanh = wat.slice(wat.indexOf('(func (export "tanh")'), wat.indexOf('(func (export "relu")'));
    // Act
    const out = execFileSync(process.execPath, [script.pathname], { encoding: 'utf8' });
    // Assert
    const q = [...out.matchAll(/^q\d+ = (\S+)/gm)].map((m) => m[1]!);
    expect(q).toHaveLength(11);
    for (const hex of q) expect(tanh.split(`(f64.const ${hex})`).length - 1).toBe(4);
    const [interpolation, rounding] = [...out.matchAll(/([\d.]+)u \(/g)].map((m) => Number(m[1]));
    expect(interpolation! + rounding!).toBeLessThanOrEqual(0.15);
  });

  it('maps NaN to NaN in either pair of an iteration and in a 4-entry tail, and leaves the entries after n untouched', () => {
    // Arrange: n = 12 = one iteration of 8 (pairs at 0 and 4) and a tail of 4 (its second pair over its first)
    const arena = wasmArena(32);
    const [z, d] = [arena.alloc(16), arena.alloc(16)];
    z.set([NaN, -NaN, 1, -1, 2, 3, NaN, -NaN, NaN, -NaN, 1, -1, 5, 5, 5, 5]);
    // Act
    arena.tanh(z, d, 12);
    // Assert
    for (const k of [0, 1, 6, 7, 8, 9]) expect([z[k], d[k]]).toEqual([NaN, NaN]);
    expect([Array.from(z.subarray(12)), Array.from(d.subarray(12))]).toEqual([[5, 5, 5, 5], [0, 0, 0, 0]]);
  });
});

describe('wasm relu', () => {
  const any = fc.oneof(fc.double(), fc.constantFrom(0, -0, Infinity, -Infinity, NaN, Number.MIN_VALUE, -Number.MIN_VALUE));
  it('z ← z if z > 0 else +0, d ← 1 if z > 0 else 0, exactly (NaN, ±0, ±∞ included)', () => {
    fc.assert(
      fc.property(fc.array(any, { minLength: 1, maxLength: 9 }).map((a) => a.concat(Array(4 - (a.length % 4)).fill(-0))), (zs) => {
        // Arrange
        const arena = wasmArena(2 * zs.length);
        const [z, d] = [arena.alloc(zs.length), arena.alloc(zs.length)];
        z.set(zs);
        // Act
        arena.relu(z, d, zs.length);
        // Assert: Object.is tells +0 from −0
        zs.forEach((x, k) => {
          expect(Object.is(z[k], x > 0 ? x : 0)).toBe(true);
          expect(Object.is(d[k], x > 0 ? 1 : 0)).toBe(true);
        });
      }),
    );
  });
});

describe('js activate', () => {
  it('linear fills d with 1 and keeps z; relu and tanh as defined, over the first len entries only', () => {
    // Arrange
    const xs = [-2, -0, 0.5, NaN, 3];
    const [zl, zr, zt] = [Float64Array.from(xs), Float64Array.from(xs), Float64Array.from(xs)];
    const [dl, dr, dt] = [new Float64Array(5).fill(7), new Float64Array(5).fill(7), new Float64Array(5).fill(7)];
    // Act
    activate('linear', zl, dl, 4), activate('relu', zr, dr, 4), activate('tanh', zt, dt, 4);
    // Assert
    expect([Array.from(zl), Array.from(dl)]).toEqual([xs, [1, 1, 1, 1, 7]]);
    expect([Array.from(zr), Array.from(dr)]).toEqual([[0, 0, 0.5, 0, 3], [0, 0, 1, 0, 7]]);
    const t = Math.tanh(0.5);
    expect([zt[2], dt[2], zt[4], dt[4]]).toEqual([t, 1 - t * t, 3, 7]);
  });
});
