import type { ActivationName } from '../activation.js';
import * as js from './kernels.js';
import { type GemmVariant, wasmArena } from './wasm/gemm.js';

/** A network in the engine's layout: L square W×W layers, N samples, row-major. */
export interface FlatNetwork {
  readonly activation: ActivationName;
  readonly depth: number;
  readonly width: number;
  readonly batch: number;
  /** W_i, i = 1…L, each W×W. */
  readonly weights: readonly Float64Array[];
  /** x, W×N. */
  readonly input: Float64Array;
  /** s_i*, each W×N. */
  readonly targets: readonly Float64Array[];
}

/** `js`: the 4×4-tiled scalar kernels; `wasm`: the WebAssembly SIMD kernels (dimensions padded to ×4). */
export type KernelKind = 'js' | 'wasm';

export interface Kernels {
  /** C (m×n) = A (m×k) · B (k×n) */
  matmul(C: Float64Array, A: Float64Array, B: Float64Array, m: number, k: number, n: number): void;
  /** C (m×n) = (Aᵀ · B) ⊙ D (no ⊙ if D is undefined), A stored k×m; returns ⟨C, E⟩ (one back-propagation step and its cross term) */
  backprop(C: Float64Array, A: Float64Array, B: Float64Array, D: Float64Array | undefined, E: Float64Array, k: number, m: number, n: number): number;
  /** K (m×m) = AᵀA, A stored k×m (wasm: the tiles on and above the diagonal, mirrored; js: every entry) */
  gram(K: Float64Array, A: Float64Array, k: number, m: number): void;
  /** ⟨AᵀA, K⟩ for A stored k×m and K = Kᵀ m×m, AᵀA not stored: ‖A sᵀ‖² when K = sᵀs */
  gramDot(A: Float64Array, K: Float64Array, k: number, m: number): number;
  /** o ← 2(s − t) ⊙ d over the first len entries */
  residual(o: Float64Array, s: Float64Array, t: Float64Array, d: Float64Array, len: number): void;
  /** h and h′ in place over the first len entries: z ← h(z), d ← h′(z) */
  activate(name: ActivationName, z: Float64Array, d: Float64Array, len: number): void;
}

/**
 * Every buffer one trial needs, allocated once per (L, W, N) and reused. W and N here
 * are the padded sizes (multiples of 4 for wasm); padding is zero and stays zero:
 * zero weight rows and columns, h(0) = 0, zero targets, so every result is unchanged.
 */
export interface Workspace {
  readonly kernel: KernelKind;
  readonly kernels: Kernels;
  readonly L: number;
  readonly W: number;
  readonly N: number;
  /** The network, copied in (padded): W_i, each W×W, and s_i*, each W×N. */
  readonly weights: Float64Array[];
  readonly targets: Float64Array[];
  /** s[0] = x … s[L], each W×N */
  readonly s: Float64Array[];
  /** h′(z_i) at hPrime[i − 1], each W×N */
  readonly hPrime: Float64Array[];
  /** K[i] = s_iᵀ s_i, N×N: ⟨δ s_iᵀ, δ′ s_iᵀ⟩ = ⟨δᵀδ′, K[i]⟩ */
  readonly gram: Float64Array[];
  /** ‖G_ii‖² */
  readonly localNorm2: Float64Array;
  /** P_i = δ_i^(i) K[i − 1], W×N: ⟨G_ii, G_ij⟩ = ⟨P_i, δ_i^(j)⟩ costs W·N per pair */
  readonly localK: Float64Array[];
  /** the running δ of a sweep and its next value, W×N */
  readonly delta: Float64Array;
  readonly next: Float64Array;
}

/** x rounded up to a multiple of 4: the wasm kernels' padded sizes. */
export const pad4 = (x: number): number => Math.ceil(x / 4) * 4;

/** Doubles a workspace of L layers holds at (padded) sizes W, N, slack included: what its arena is sized for. */
export const workspaceDoubles = (L: number, W: number, N: number): number => L * W * W + (4 * L + 4) * W * N + L * N * N + L + 64;

/** The buffers of one trial at (L, W, N); `gemm`: the wasm kernels' gemm build (gemmVariant() unless given). */
export function workspace(L: number, width: number, batch: number, kernel: KernelKind = 'wasm', gemm?: GemmVariant): Workspace {
  const [W, N] = kernel === 'wasm' ? [pad4(width), pad4(batch)] : [width, batch];
  const arena = kernel === 'wasm' ? wasmArena(workspaceDoubles(L, W, N), gemm) : undefined;
  const alloc = (n: number) => (arena ? arena.alloc(n) : new Float64Array(n));
  const many = (count: number, n: number) => Array.from({ length: count }, () => alloc(n));
  const kernels: Kernels = arena
    ? {
        matmul: (C, A, B, m, k, n) => void arena.gemm(C, A, B, m, k, n, k, 1),
        backprop: (C, A, B, D, E, k, m, n) => arena.gemm(C, A, B, m, k, n, 1, m, D, E),
        gram: (K, A, k, m) => (arena.gemm(K, A, A, m, k, m, 1, m, undefined, undefined, true), arena.mirror(K, m)),
        gramDot: (A, K, k, m) => arena.gemm(null, A, A, m, k, m, 1, m, undefined, K, true),
        residual: arena.residual,
        activate: (name, z, d, len) => (name === 'linear' ? d.fill(1, 0, len) : arena[name](z, d, len), undefined),
      }
    : {
        matmul: js.matmul, residual: js.residual, activate: js.activate,
        gram: js.gram, gramDot: js.gramDot,
        backprop: (C, A, B, D, E, k, m, n) => (js.matmulTN(C, A, B, k, m, n), D && js.hadamard(C, D, m * n), js.dot(C, E, m * n)),
      };
  return {
    kernel, kernels, L, W, N,
    weights: many(L, W * W),
    targets: many(L, W * N),
    s: many(L + 1, W * N),
    hPrime: many(L, W * N),
    gram: many(L, N * N),
    localNorm2: alloc(L),
    localK: many(L, W * N),
    delta: alloc(W * N),
    next: alloc(W * N),
  };
}

/** Copies rows × cols (row-major) into a wider row-major buffer, leaving the padding at 0. */
function copyPadded(to: Float64Array, from: Float64Array, rows: number, cols: number, toCols: number): void {
  if (cols === toCols) return to.set(from.subarray(0, rows * cols));
  for (let r = 0; r < rows; r++) to.set(from.subarray(r * cols, (r + 1) * cols), r * toCols);
}

/** Loads a network into the workspace (its padding stays zero). */
export function loadInto(ws: Workspace, net: FlatNetwork): void {
  const { width: w, batch: n } = net;
  net.weights.forEach((Wi, k) => copyPadded(ws.weights[k]!, Wi, w, w, ws.W));
  net.targets.forEach((t, k) => copyPadded(ws.targets[k]!, t, w, n, ws.N));
  copyPadded(ws.s[0]!, net.input, w, n, ws.N);
}
