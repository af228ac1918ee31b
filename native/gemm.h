#include <stddef.h>
/* X = (Â·B) ⊙ D, stored at C unless C is NULL, D skipped if NULL; returns ⟨X, E⟩ (0 if E is NULL). See gemm.c. */
double gemm(double *C, const double *A, const double *B, size_t m, size_t k, size_t n, ptrdiff_t ri,
            ptrdiff_t rp, const double *D, const double *E, int sym);
