import type { ActivationName } from '../activation.js';

/**
 * Float64 kernels on contiguous row-major storage, writing into caller-owned
 * buffers (gramDot alone keeps one m×m scratch, grown once). The symmetric products AᵀA are
 * computed whole here (tiling beats halving in JavaScript), and on and above the diagonal only in
 * wasm; trialFlops counts the half, the multiply-adds the algorithm needs. C is computed in 4×4 tiles held in 16 locals: each step of
 * the inner product loads 4 values of A and 4 of B for 16 multiply-adds, and C is
 * written once. Edges that do not fill a tile fall back to a plain loop.
 */

/** C (m×n) = A (m×k) · B (k×n): A[i][p] at A[i·k + p]. */
export function matmul(C: Float64Array, A: Float64Array, B: Float64Array, m: number, k: number, n: number): void {
  tiled(C, A, B, m, k, n, k, 1);
}

/** C (m×n) = Aᵀ · B with A stored k×m: Aᵀ[i][p] = A[p·m + i]. */
export function matmulTN(C: Float64Array, A: Float64Array, B: Float64Array, k: number, m: number, n: number): void {
  tiled(C, A, B, m, k, n, 1, m);
}

/** C = Â·B where Â[i][p] = A[i·ri + p·rp] (ri, rp: strides of Â's rows and columns in A). */
function tiled(C: Float64Array, A: Float64Array, B: Float64Array, m: number, k: number, n: number, ri: number, rp: number): void {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    for (let j = 0; j < n4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      let a = i * ri;
      let b = j;
      for (let p = 0; p < k; p++, a += rp, b += n) {
        const a0 = A[a]!, a1 = A[a + ri]!, a2 = A[a + 2 * ri]!, a3 = A[a + 3 * ri]!;
        const b0 = B[b]!, b1 = B[b + 1]!, b2 = B[b + 2]!, b3 = B[b + 3]!;
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      let c = i * n + j;
      C[c] = c00; C[c + 1] = c01; C[c + 2] = c02; C[c + 3] = c03; c += n;
      C[c] = c10; C[c + 1] = c11; C[c + 2] = c12; C[c + 3] = c13; c += n;
      C[c] = c20; C[c + 1] = c21; C[c + 2] = c22; C[c + 3] = c23; c += n;
      C[c] = c30; C[c + 1] = c31; C[c + 2] = c32; C[c + 3] = c33;
    }
  }
  // column edge: 4×1 tiles for columns n4…n−1 of rows 0…m4−1
  for (let i = 0; i < m4; i += 4) {
    for (let j = n4; j < n; j++) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      for (let p = 0, a = i * ri, b = j; p < k; p++, a += rp, b += n) {
        const bj = B[b]!;
        c0 += A[a]! * bj; c1 += A[a + ri]! * bj; c2 += A[a + 2 * ri]! * bj; c3 += A[a + 3 * ri]! * bj;
      }
      C[i * n + j] = c0; C[(i + 1) * n + j] = c1; C[(i + 2) * n + j] = c2; C[(i + 3) * n + j] = c3;
    }
  }
  // row edge: 1×4 tiles (then single entries) for rows m4…m−1
  for (let i = m4; i < m; i++) {
    for (let j = 0; j < n4; j += 4) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      for (let p = 0, a = i * ri, b = j; p < k; p++, a += rp, b += n) {
        const ai = A[a]!;
        c0 += ai * B[b]!; c1 += ai * B[b + 1]!; c2 += ai * B[b + 2]!; c3 += ai * B[b + 3]!;
      }
      C[i * n + j] = c0; C[i * n + j + 1] = c1; C[i * n + j + 2] = c2; C[i * n + j + 3] = c3;
    }
    for (let j = n4; j < n; j++) {
      let c = 0;
      for (let p = 0, a = i * ri, b = j; p < k; p++, a += rp, b += n) c += A[a]! * B[b]!;
      C[i * n + j] = c;
    }
  }
}

/** ⟨A, B⟩ = Σ A_k B_k over the first len entries */
export function dot(A: Float64Array, B: Float64Array, len: number): number {
  let s = 0;
  for (let k = 0; k < len; k++) s += A[k]! * B[k]!;
  return s;
}

/** x ← x ⊙ y over the first len entries */
export function hadamard(x: Float64Array, y: Float64Array, len: number): void {
  for (let k = 0; k < len; k++) x[k]! *= y[k]!;
}

/** o ← 2(s − t) ⊙ d over the first len entries */
export function residual(o: Float64Array, s: Float64Array, t: Float64Array, d: Float64Array, len: number): void {
  for (let k = 0; k < len; k++) o[k] = 2 * (s[k]! - t[k]!) * d[k]!;
}

/** K (m×m) = AᵀA for A stored k×m, every entry (tiled; K_ab and K_ba are the same sum, in the same order). */
export function gram(K: Float64Array, A: Float64Array, k: number, m: number): void {
  matmulTN(K, A, A, k, m, m);
}

let scratch = new Float64Array(0);

/** ⟨AᵀA, K⟩ for A stored k×m and K m×m, AᵀA in a scratch buffer grown once. */
export function gramDot(A: Float64Array, K: Float64Array, k: number, m: number): number {
  if (scratch.length < m * m) scratch = new Float64Array(m * m);
  matmulTN(scratch, A, A, k, m, m);
  return dot(scratch, K, m * m);
}

/** h and h′ in place over the first len entries: z ← h(z), d ← h′(z) (tanh: d = 1 − t² from the stored t). */
export function activate(name: ActivationName, z: Float64Array, d: Float64Array, len: number): void {
  if (name === 'linear') d.fill(1, 0, len);
  else if (name === 'relu') for (let k = 0; k < len; k++) { const p = z[k]! > 0; d[k] = p ? 1 : 0; if (!p) z[k] = 0; }
  else for (let k = 0; k < len; k++) { const t = Math.tanh(z[k]!); z[k] = t; d[k] = 1 - t * t; }
}
