import { gaussian, mulberry32 } from '../random/rng.js';
import { scalarSampler } from './chi-square.js';
import { unitFunctions } from './mean-field.js';
import { type LayerMoments, pairCosines, pairLayout, type PairLayout } from './pair-moments.js';
import type { TheorySetup } from './setup.js';

/**
 * The forward pass at finite width, exactly in law, through the samples' Gram matrices (proofs/T12).
 * Given s_{m−1} (W × n), the W rows of z_m = W_m s_{m−1} are i.i.d. N(0, g² K_{m−1}), K_{m−1} = s_{m−1}ᵀs_{m−1}/W:
 * so z_m is drawn as W rows R e (R Rᵀ = g² K_{m−1} by Cholesky, e ~ N(0, I_n)), never as W × W weights,
 * and K_m, P_m, D_m, μ̂_m, ν_m are its unit averages (pair-moments.ts).
 */
export function drawLayers(s: TheorySetup, n: number, normal: () => number): LayerMoments[] {
  const { depth: L, width: W, initScale: g } = s;
  const { h, dh } = unitFunctions(s.activation);
  const layout = pairLayout(n, n);
  const x = Float64Array.from({ length: W * n }, normal);
  const none = new Float64Array(0);
  const layers: LayerMoments[] = [{ K: unitGram(x, x, layout, W), P: none, D: none, mu: none, dof: 0 }];
  const [e, z, hz, dz, hdz, R] = [new Float64Array(n), new Float64Array(W * n), new Float64Array(W * n), new Float64Array(W * n), new Float64Array(W * n), new Float64Array(n * n)];
  for (let m = 1; m <= L; m++) {
    const K = layers[m - 1]!.K;
    choleskyOfPairs(K, n, g * g, R);
    for (let r = 0; r < W; r++) {
      for (let a = 0; a < n; a++) e[a] = normal();
      for (let a = 0; a < n; a++) {
        let v = 0;
        for (let c = 0; c <= a; c++) v += R[a * n + c]! * e[c]!;
        z[r * n + a] = v;
      }
    }
    const mu = new Float64Array(n);
    let [d2, d4] = [0, 0];
    for (let u = 0; u < W * n; u++) {
      const v = z[u]!;
      const hv = h(v);
      const dv = dh(v);
      hz[u] = hv;
      dz[u] = dv;
      hdz[u] = hv * dv;
      mu[u % n]! += v * hv * dv;
      d2 += dv * dv;
      d4 += dv * dv * dv * dv;
    }
    for (let a = 0; a < n; a++) {
      const v = g * g * K[diagonalPair(a, n)]!;
      mu[a] = v > 0 ? mu[a]! / (W * v) : 0;
    }
    layers.push({ K: unitGram(hz, hz, layout, W), P: unitGram(hdz, hdz, layout, W), D: unitGram(dz, dz, layout, W), mu, dof: d4 > 0 ? (d2 * d2) / d4 / n : 0 });
  }
  return layers;
}

/** Index of the pair (a, a) in pairLayout(n, ·); (a, b ≥ a) is b − a further. */
const diagonalPair = (a: number, n: number): number => a * n - (a * (a - 1)) / 2;

/** ⟨A[·, a], B[·, b]⟩/W over the pairs (W rows are units, n columns). */
function unitGram(A: Float64Array, B: Float64Array, layout: PairLayout, W: number): Float64Array {
  const { samples: n, a, b } = layout;
  const K = new Float64Array(a.length);
  for (let p = 0; p < a.length; p++) {
    let sum = 0;
    for (let r = 0; r < W; r++) sum += A[r * n + a[p]!]! * B[r * n + b[p]!]!;
    K[p] = sum / W;
  }
  return K;
}

/** R lower triangular with R Rᵀ = scale·K (K on pairs). A semidefinite K (a dead or repeated column) gets zero columns. */
function choleskyOfPairs(K: Float64Array, n: number, scale: number, R: Float64Array): void {
  R.fill(0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let v = scale * K[diagonalPair(j, n) + (i - j)]!;
      for (let c = 0; c < j; c++) v -= R[i * n + c]! * R[j * n + c]!;
      if (i === j) R[i * n + i] = Math.sqrt(Math.max(v, 0));
      else R[i * n + j] = R[j * n + j]! > 0 ? v / R[j * n + j]! : 0;
    }
}

export interface KernelChainEstimate {
  /** mean[k − 1]: the mean over draws of the gap-k curve. */
  readonly mean: number[];
  /** Its Monte Carlo standard error. */
  readonly standardError: number[];
  readonly draws: number;
  /** Samples drawn per network, n = min(N, CHAIN_SAMPLES). */
  readonly samples: number;
}

/** At most this many samples are drawn per network; a larger batch is scaled from their pairs (pairLayout). */
export const CHAIN_SAMPLES = 8;

/** The chain's work per draw, in about multiply-adds: L W n (n + 30) forward, L² (n² + 30) backward. */
export function kernelChainWork(s: TheorySetup): number {
  const n = Math.min(s.batch, CHAIN_SAMPLES);
  return s.depth * s.width * n * (n + 30) + s.depth ** 2 * (n * n + 30);
}

/** The budget of reproduce's theory column, in kernelChainWork units (≈ 0.2–0.4 s on one core). */
export const CHAIN_WORK = 3e7;

/** Draws within the budget, from 4 (wide nets fluctuate little) to 2000; 0 when 4 would cost more than 4 budgets. */
export function kernelChainDraws(s: TheorySetup, work = CHAIN_WORK): number {
  const perDraw = kernelChainWork(s);
  return perDraw > work ? 0 : Math.max(4, Math.min(2000, Math.round(work / perDraw)));
}

/**
 * E cos at every gap (proofs/T12): each draw is a forward Gram chain (drawLayers) with the mean-field
 * backward (pairCosines), each fresh masked Gaussian part scaled by χ²_ν/ν. n = min(N, CHAIN_SAMPLES)
 * samples stand for the batch: every pair's law is the same at any batch size, so the sums over N² pairs are scaled.
 */
export function kernelChainGapCurve(s: TheorySetup, draws = kernelChainDraws(s), seed = 1, samples = Math.min(s.batch, CHAIN_SAMPLES)): KernelChainEstimate {
  const L = s.depth;
  const uniform = mulberry32(seed);
  const normal = gaussian(uniform);
  const chi = scalarSampler(uniform, normal);
  const scale = (dof: number): number => (dof > 0 && Number.isFinite(dof) ? chi.chiSquare(dof) / dof : 1);
  const layout = pairLayout(samples, s.batch);
  const cos = new Float64Array((L + 1) ** 2);
  const [sum, sum2] = [new Float64Array(L), new Float64Array(L)];
  for (let d = 0; d < draws; d++) {
    pairCosines(drawLayers(s, samples, normal), layout, s.initScale, s.targetScale, cos, scale);
    for (let k = 1; k < L; k++) {
      let x = 0;
      for (let i = 1; i + k <= L; i++) x += cos[i * (L + 1) + i + k]!;
      x /= L - k;
      sum[k - 1]! += x;
      sum2[k - 1]! += x * x;
    }
  }
  const mean = Array.from(sum.subarray(0, L - 1), (x) => x / draws);
  const standardError = mean.map((m, k) => Math.sqrt(Math.max(0, sum2[k]! / draws - m * m) / Math.max(1, draws - 1)));
  return { mean, standardError, draws, samples };
}
