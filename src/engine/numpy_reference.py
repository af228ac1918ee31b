"""The engine's algorithm (src/engine/trial.ts) in numpy, for `npm run bench`.

One trial: a Gaussian net (L layers, W x W, batch N), one forward pass, one backward
sweep per loss, and cos(G_ii, G_ij) for all i < j with K = s^T s:
||d s^T||^2 = <d^T d, K> and <d_loc s^T, d s^T> = <d_loc K, d>. Same multiply-adds as trialFlops:
numpy's matmul computes X.T @ X with syrk (the triangle on and above the diagonal), as the engine does.
Usage: python3 numpy_reference.py L W N TRIALS ACTIVATION
  ->  prints JSON {seconds (compute only), best (the fastest trial's compute time),
      endToEnd (network generation included), trials, checksum, blas: the kernel OpenBLAS chose}
"""
import ctypes
import json
import sys
import time

import numpy as np

CORENAME = ("scipy_openblas_get_corename64_", "scipy_openblas_get_corename", "openblas_get_corename64_", "openblas_get_corename")
THREADS = ("scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads", "openblas_get_num_threads64_", "openblas_get_num_threads")


def blas_kernel():
    """The kernel OpenBLAS chose at load (its corename) and its threads: threadpoolctl if installed,
    else OpenBLAS's own get_corename in the library numpy loaded (found in /proc/self/maps)."""
    try:
        from threadpoolctl import threadpool_info
        for info in threadpool_info():
            if info.get("internal_api") == "openblas":
                return {"corename": info.get("architecture"), "threads": info.get("num_threads"), "via": "threadpoolctl"}
    except ImportError:
        pass
    with open("/proc/self/maps") as maps:
        paths = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line})
    for path in paths:
        lib = ctypes.CDLL(path)
        name = next((n for n in CORENAME if hasattr(lib, n)), None)
        if name:
            getattr(lib, name).restype = ctypes.c_char_p
            threads = next((getattr(lib, n)() for n in THREADS if hasattr(lib, n)), None)
            return {"corename": getattr(lib, name)().decode(), "threads": threads, "via": name}
    return {"corename": None, "threads": None, "via": "not found (numpy.show_config() names its BLAS)"}


def trial(rng, L, W, N, act):
    Ws = [rng.standard_normal((W, W)) / np.sqrt(W) for _ in range(L)]
    x = rng.standard_normal((W, N))
    T = [rng.standard_normal((W, N)) * 0.25 for _ in range(L)]
    start = time.perf_counter()
    s, hp = [x], []
    for i in range(L):
        z = Ws[i] @ s[-1]
        if act == "linear":
            s.append(z); hp.append(np.ones_like(z))
        elif act == "relu":
            s.append(np.maximum(z, 0)); hp.append((z > 0).astype(float))
        else:
            t = np.tanh(z); s.append(t); hp.append(1 - t * t)
    gram = [si.T @ si for si in s[:L]]
    local_k, local_n2 = [None] * L, np.zeros(L)
    cos = np.zeros((L + 1, L + 1))
    for j in range(1, L + 1):
        d = 2 * (s[j] - T[j - 1]) * hp[j - 1]
        local_n2[j - 1] = np.vdot(d.T @ d, gram[j - 1])
        local_k[j - 1] = d @ gram[j - 1]
        for i in range(j - 1, 0, -1):
            d = (Ws[i].T @ d) * hp[i - 1]
            g = gram[i - 1]
            nd = np.vdot(d.T @ d, g)
            c = np.vdot(local_k[i - 1], d)
            cos[i, j] = 0.0 if nd == 0 or local_n2[i - 1] == 0 else c / np.sqrt(local_n2[i - 1] * nd)
    return time.perf_counter() - start, float(cos[1, 2])


def main():
    L, W, N, trials = (int(a) for a in sys.argv[1:5])
    act = sys.argv[5]
    rng = np.random.default_rng(2018)
    trial(rng, L, W, N, act)  # warm-up
    seconds, best, checksum = 0.0, float("inf"), 0.0
    start = time.perf_counter()
    for _ in range(trials):
        dt, c = trial(rng, L, W, N, act)
        seconds += dt
        best = min(best, dt)
        checksum += c
    end_to_end = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "best": best, "endToEnd": end_to_end, "trials": trials, "checksum": checksum, "blas": blas_kernel()}))


if __name__ == "__main__":
    main()
