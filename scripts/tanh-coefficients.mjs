/**
 * node scripts/tanh-coefficients.mjs: the coefficients q_k of activation.wat's tanh, Q(r) = Σ_{k≤10} q_k r^k ≈
 * (expm1 r − r)/r² = Σ_j r^j/(j + 2)!, interpolated at the 11 Chebyshev nodes of [a, b] = [−2⁻³⁰, ln2 + 2⁻³⁰]
 * (r̂ may leave [0, ln2) by ~1e−14 when f = floor(u/ln2) rounds), at 60 digits, then rounded to doubles.
 * tanhCoefficients() returns them with the truncation bound relative to Q, in units u = 2⁻⁵³ (run directly, it prints
 * them, hex for the .wat):
 * interpolation |Q − p| ≤ ((b − a)/2)^11/(2^10·11!)·max|Q⁽¹¹⁾| with Q⁽ᵐ⁾(r) = ∫₀¹ (1 − t)tᵐe^{rt} dt ≤ e^b/((m + 1)(m + 2)),
 * plus the rounding of the coefficients Σ|q_k − fl q_k|·b^k, over min Q = Q(a) > 0.49.
 */
import { Decimal } from 'decimal.js';
import { pathToFileURL } from 'node:url';

const D = Decimal.clone({ precision: 60 });
const n = 10;
const [a, b] = [new D(2).pow(-30).neg(), new D(2).ln().plus(new D(2).pow(-30))];

/** Q(x) = Σ_{j<60} x^j/(j + 2)! (the tail is below 1e−90 on [a, b]). */
function Q(x) {
  let [sum, term] = [new D(0), new D(1).div(2)];
  for (let j = 0; j < 60; j++) [sum, term] = [sum.plus(term), term.times(x).div(j + 3)];
  return sum;
}

/** Solves V·q = y (Gaussian elimination with partial pivoting, in Decimal). */
function solve(V, y) {
  const m = V.map((row, i) => [...row, y[i]]);
  for (let c = 0; c < m.length; c++) {
    const p = m.reduce((best, row, i) => (i >= c && row[c].abs().gt(m[best][c].abs()) ? i : best), c);
    [m[c], m[p]] = [m[p], m[c]];
    for (let i = c + 1; i < m.length; i++) {
      const f = m[i][c].div(m[c][c]);
      m[i] = m[i].map((v, j) => v.minus(f.times(m[c][j])));
    }
  }
  const q = Array(m.length);
  for (let i = m.length - 1; i >= 0; i--) q[i] = m[i].slice(i + 1, -1).reduce((s, v, j) => s.minus(v.times(q[i + 1 + j])), m[i].at(-1)).div(m[i][i]);
  return q;
}

/** The exact value of a double, as a Decimal. */
const exact = (v) => new D(v.toString(2).includes('.') ? parseBinary(v) : v);
function parseBinary(v) {
  const [int, frac] = v.toString(2).split('.');
  return new D(BigInt('0b' + int + frac).toString()).div(new D(2).pow(frac.length));
}

/** A double as a wat hex float literal, 0x1.<13 hex digits>p<exponent>. */
function hex(v) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  return `0x1.${(bits & ((1n << 52n) - 1n)).toString(16).padStart(13, '0')}p${Number(bits >> 52n) - 1023}`;
}

/** q_k as doubles (all > 0, else it throws) and the bound's two parts, interpolation and coefficient rounding, in u. */
export function tanhCoefficients() {
  const mid = a.plus(b).div(2), half = b.minus(a).div(2), pi = D.acos(-1);
  const nodes = Array.from({ length: n + 1 }, (_, j) => mid.plus(half.times(D.cos(pi.times(2 * j + 1).div(2 * n + 2)))));
  const q = solve(nodes.map((x) => Array.from({ length: n + 1 }, (_, k) => x.pow(k))), nodes.map(Q));
  const qd = q.map((c) => c.toNumber());
  if (!qd.every((c) => c > 0)) throw new Error('a coefficient is not positive: the error analysis assumes q_k > 0');
  const u = new D(2).pow(-53), qMin = Q(a);
  const interp = half.pow(n + 1).div(new D(2).pow(n).times(fact(n + 1))).times(b.exp().div((n + 2) * (n + 3)));
  const rounding = q.reduce((s, c, k) => s.plus(c.minus(exact(qd[k])).abs().times(b.pow(k))), new D(0));
  return { q: qd, interpolation: interp.div(qMin).div(u).toNumber(), rounding: rounding.div(qMin).div(u).toNumber() };
}

function fact(m) {
  return Array.from({ length: m }, (_, i) => i + 1).reduce((p, i) => p.times(i), new D(1));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { q, interpolation, rounding } = tanhCoefficients();
  q.forEach((c, k) => console.log(`q${k} = ${hex(c)} ;; ${c} (1/${k + 2}! = ${1 / Number(fact(k + 2))})`));
  console.log(`truncation ≤ ${interpolation.toPrecision(3)}u (interpolation) + ${rounding.toPrecision(3)}u (coefficients) relative to Q`);
}
