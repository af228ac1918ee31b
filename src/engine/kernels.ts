/**
 * Float64 kernels on contiguous row-major storage, writing into caller-owned
 * buffers (no allocation). Loop order i-k-j keeps the inner loop unit-stride.
 */

/** C (m×n) = A (m×k) · B (k×n) */
export function matmul(C: Float64Array, A: Float64Array, B: Float64Array, m: number, k: number, n: number): void {
  C.fill(0, 0, m * n);
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    for (let p = 0; p < k; p++) {
      const a = A[i * k + p]!;
      if (a === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) C[ci + j]! += a * B[bp + j]!;
    }
  }
}

/** C (m×n) = Aᵀ · B, A stored k×m, B k×n */
export function matmulTN(C: Float64Array, A: Float64Array, B: Float64Array, k: number, m: number, n: number): void {
  C.fill(0, 0, m * n);
  for (let p = 0; p < k; p++) {
    const ap = p * m;
    const bp = p * n;
    for (let i = 0; i < m; i++) {
      const a = A[ap + i]!;
      if (a === 0) continue;
      const ci = i * n;
      for (let j = 0; j < n; j++) C[ci + j]! += a * B[bp + j]!;
    }
  }
}

/** ⟨A, B⟩ = Σ A_k B_k over the first len entries */
export function dot(A: Float64Array, B: Float64Array, len: number): number {
  let s = 0;
  for (let k = 0; k < len; k++) s += A[k]! * B[k]!;
  return s;
}
