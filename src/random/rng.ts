/**
 * mulberry32: a small, fast 32-bit PRNG; uniform 32-bit words, deterministic from its seed.
 * A class, so that every generator shares one `word` that V8 can inline into its callers; the
 * state is an int32 (a uint32 field would be boxed anew at every word, twice as slow).
 */
export class Mulberry32 {
  /** The state, an int32; each word first advances it by MULBERRY_STEP (mod 2³²). */
  state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** The next word, uniform on 0 … 2³² − 1. */
  word(): number {
    this.state = (this.state + MULBERRY_STEP) | 0;
    return mix32(this.state);
  }
}

export const MULBERRY_STEP = 0x6d2b79f5;

/** mulberry32's output for the advanced state s: a uniform 32-bit word. */
export function mix32(s: number): number {
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Uniforms on [0, 1) from mulberry32: word / 2³². */
export function mulberry32(seed: number): () => number {
  const g = new Mulberry32(seed);
  return () => g.word() / 4294967296;
}

/**
 * Standard normal draws by Box–Muller: r = √(−2 ln u₁) (u₁ ∈ (0, 1]), r·cos 2πu₂ then r·sin 2πu₂.
 * (The engine's networks use the faster ziggurat, ziggurat.ts; src/theory keeps this one.)
 */
export function gaussian(uniform: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const t = 2 * Math.PI * uniform();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
}
