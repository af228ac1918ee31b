/*
 * gemm.wat's gemm in C with AVX2 and FMA, bit for bit: X = (Â·B) ⊙ D (m×n), Â[i][p] = A[i·ri + p·rp]
 * (element strides), X_ij = fma(Â_i,k−1, B_k−1,j, … fma(Â_i0, B_0j, 0)) in order of p, times D_ij
 * (one rounding), stored at C; ⟨X, E⟩ summed as gemm.wat sums it: per 4×4 tile, in row-major tile
 * order, t = Σ_r (X_r0 E_r0 + X_r2 E_r2, X_r1 E_r1 + X_r3 E_r3) over its rows r in order, t + t off the
 * diagonal when sym, acc += t; the result is acc_0 + acc_1. Built with -ffp-contract=off, so only
 * the explicit fmas fuse. m, n multiples of 4. sym (X = AᵀA, no D): only tiles with j ≥ i.
 * Tiles of 4 rows × 12 columns (12 accumulators, 3 vectors of B, 1 broadcast of Â: 16 registers).
 */
#include <immintrin.h>
#include "gemm.h"

#if !defined(__AVX2__) || !defined(__FMA__)
#error "the native gemm needs AVX2 and FMA (without them the engine runs its wasm build)"
#endif

typedef struct {
  double *C;
  const double *D, *E;
  size_t n;
  int sym;
  __m128d acc;
} Out;

/* x (4 × 4·NV, row-major) = rows i…i+3, columns j…j+4·NV−1 of Â·B, accumulated over p in order. */
#define PRODUCT(NV)                                                                                   \
  static void product##NV(double *x, const double *a, const double *b, size_t k, size_t n,           \
                          ptrdiff_t ri, ptrdiff_t rp) {                                               \
    __m256d c[4][NV];                                                                                 \
    for (int r = 0; r < 4; r++)                                                                       \
      for (int v = 0; v < NV; v++) c[r][v] = _mm256_setzero_pd();                                     \
    for (size_t p = 0; p < k; p++, a += rp, b += n) {                                                 \
      __m256d bv[NV];                                                                                 \
      /* the empty asm keeps B's vectors in registers (else gcc reloads them for every row) */        \
      for (int v = 0; v < NV; v++) { bv[v] = _mm256_loadu_pd(b + 4 * v); __asm__("" : "+x"(bv[v])); } \
      for (int r = 0; r < 4; r++) {                                                                   \
        const __m256d ar = _mm256_broadcast_sd(a + r * ri);                                           \
        for (int v = 0; v < NV; v++) c[r][v] = _mm256_fmadd_pd(ar, bv[v], c[r][v]);                   \
      }                                                                                               \
    }                                                                                                 \
    for (int r = 0; r < 4; r++)                                                                       \
      for (int v = 0; v < NV; v++) _mm256_storeu_pd(x + (r * NV + v) * 4, c[r][v]);                   \
  }
PRODUCT(1)
PRODUCT(2)
PRODUCT(3)

/* Rows i…i+3, columns j…j+4·nv−1 of X from x (as product writes it): ⊙ D, ⟨·, E⟩ and C per 4×4 tile. */
static void finish(Out *o, double *x, int nv, size_t i, size_t j) {
  __m128d t[3] = {_mm_setzero_pd(), _mm_setzero_pd(), _mm_setzero_pd()};
  for (int r = 0; r < 4; r++) {
    const size_t row = (i + r) * o->n + j;
    for (int v = 0; v < nv; v++) {
      __m256d c = _mm256_loadu_pd(x + (r * nv + v) * 4);
      if (o->D) c = _mm256_mul_pd(c, _mm256_loadu_pd(o->D + row + 4 * v));
      if (o->E) {
        const __m256d xe = _mm256_mul_pd(c, _mm256_loadu_pd(o->E + row + 4 * v));
        t[v] = _mm_add_pd(t[v], _mm_add_pd(_mm256_castpd256_pd128(xe), _mm256_extractf128_pd(xe, 1)));
      }
      if (o->C) _mm256_storeu_pd(o->C + row + 4 * v, c);
    }
  }
  if (o->E)
    for (int v = 0; v < nv; v++) {
      if (o->sym && i != j + 4 * v) t[v] = _mm_add_pd(t[v], t[v]);
      o->acc = _mm_add_pd(o->acc, t[v]);
    }
}


double gemm(double *C, const double *A, const double *B, size_t m, size_t k, size_t n, ptrdiff_t ri,
            ptrdiff_t rp, const double *D, const double *E, int sym) {
  Out o = {C, D, E, n, sym, _mm_setzero_pd()};
  for (size_t i = 0; i < m; i += 4) {
    size_t j = sym ? i : 0;
    const double *a = A + (ptrdiff_t)i * ri;
    double x[4 * 12];
    for (; j + 12 <= n; j += 12) product3(x, a, B + j, k, n, ri, rp), finish(&o, x, 3, i, j);
    if (j + 8 <= n) product2(x, a, B + j, k, n, ri, rp), finish(&o, x, 2, i, j), j += 8;
    if (j < n) product1(x, a, B + j, k, n, ri, rp), finish(&o, x, 1, i, j);
  }
  double lanes[2];
  _mm_storeu_pd(lanes, o.acc);
  return lanes[0] + lanes[1];
}
