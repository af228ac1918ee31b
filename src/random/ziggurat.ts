/**
 * Standard normal draws by the ziggurat method (Marsaglia & Tsang 2000) with 128 strips,
 * from 32-bit words of mulberry32. Each word is split (Doornik 2005): its low 7 bits pick the
 * strip i, its high 25 bits give a signed j ∈ [−2²⁴, 2²⁴); x = j·w_i. When |j| < k_i (about 99%
 * of draws) x lies inside the strip's rectangle under the density and is returned at once;
 * otherwise the wedge f(x) test or the tail beyond r (Marsaglia's exponential method) decides.
 */

import { MULBERRY_STEP, Mulberry32, mix32 } from './rng.js';

/** Module-local copies: V8 reads an imported binding anew at every use (fill ran 2× slower on them). */
const STEP = MULBERRY_STEP;
const mix = mix32;

/** Right edge r of the base strip and v, the area of every strip (base plus tail included). */
const R = 3.442619855899;
const V = 9.91256303526217e-3;
const M = 2 ** 24;

/** k_i = ⌊(x_{i−1}/x_i)·2²⁴⌋, w_i = x_i/2²⁴, f_i = e^{−x_i²/2}, with x_0 = v/f(r) for the base strip. */
const k = new Int32Array(128);
const w = new Float64Array(128);
const f = new Float64Array(128);
{
  let dn = R;
  let tn = dn;
  const q = V / Math.exp(-0.5 * dn * dn);
  k[0] = Math.floor((dn / q) * M);
  k[1] = 0;
  w[0] = q / M;
  w[127] = dn / M;
  f[0] = 1;
  f[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    k[i + 1] = Math.floor((dn / tn) * M);
    tn = dn;
    f[i] = Math.exp(-0.5 * dn * dn);
    w[i] = dn / M;
  }
}

/** Standard normal draws from mulberry32 words, deterministic from the seed. */
export class Ziggurat {
  private readonly rng: Mulberry32;
  /** The word fillFast stopped at, for slow(). */
  private pending = 0;

  constructor(seed: number) {
    this.rng = new Mulberry32(seed);
  }

  /** One N(0, 1) draw: the rectangle test inline, the rest in slow(). */
  normal(): number {
    const u = this.rng.word() | 0;
    const i = u & 127;
    const j = u >> 7;
    return Math.abs(j) < k[i]! ? j * w[i]! : this.slow(u);
  }

  /** a[n] ← sd · N(0, 1) for every n: the draws normal() gives in turn. */
  fill(a: Float64Array, sd: number): void {
    for (let n = this.fillFast(a, sd, 0); n < a.length; n = this.fillFast(a, sd, n + 1)) a[n] = sd * this.slow(this.pending);
  }

  /**
   * Fills a[n], a[n + 1], … while their words pass the rectangle test, with the generator's state in a
   * local; returns the index of the first word that does not (kept in `pending`), or a.length.
   */
  private fillFast(a: Float64Array, sd: number, n: number): number {
    let s = this.rng.state | 0;
    for (; n < a.length; n++) {
      s = (s + STEP) | 0;
      const u = mix(s) | 0;
      const i = u & 127;
      const j = u >> 7;
      if (Math.abs(j) < k[i]!) a[n] = sd * (j * w[i]!);
      else {
        this.pending = u;
        break;
      }
    }
    this.rng.state = s;
    return n;
  }

  /** Uniform on (0, 1). */
  private uniform(): number {
    return (this.rng.word() + 0.5) / 2 ** 32;
  }

  /** The slow path for a word u whose j lies outside strip i's rectangle. */
  private slow(u: number): number {
    for (;;) {
      const i = u & 127;
      const j = u >> 7;
      if (Math.abs(j) < k[i]!) return j * w[i]!;
      const x = j * w[i]!;
      if (i === 0) {
        // tail |x| > r: x = r + e₁/r while 2e₂ < (e₁/r)², e₁, e₂ ~ Exp(1)
        let t: number, y: number;
        do (t = -Math.log(this.uniform()) / R), (y = -Math.log(this.uniform())); while (y + y < t * t);
        return j > 0 ? R + t : -R - t;
      }
      if (f[i]! + this.uniform() * (f[i - 1]! - f[i]!) < Math.exp(-0.5 * x * x)) return x;
      u = this.rng.word() | 0;
    }
  }
}
