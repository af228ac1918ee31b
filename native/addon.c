/*
 * Node-API binding of gemm.c: bind(buffer) returns gemm(C, A, B, m, k, n, ri, rp, D, E, sym) on that
 * ArrayBuffer (a WebAssembly memory's), with the wasm export's arguments: byte offsets (0: no buffer,
 * for C, D, E), ri and rp in bytes. Every range it reads or writes is checked against the buffer first.
 */
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>
#include "gemm.h"

#define CHECK(call) do { if ((call) != napi_ok) return NULL; } while (0)

typedef struct { uint8_t *base; size_t bytes; } Memory;

/* Is [offset, offset + span) (span bytes) inside the memory, 8-byte aligned? */
static int inside(const Memory *mem, int64_t offset, int64_t span) {
  return offset >= 0 && offset % 8 == 0 && span >= 0 && (uint64_t)(offset + span) <= mem->bytes;
}

static napi_value call_gemm(napi_env env, napi_callback_info info) {
  size_t argc = 11;
  napi_value argv[11];
  Memory *mem;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, (void **)&mem));
  int64_t v[11];
  for (size_t a = 0; a < 11; a++) if (a >= argc || napi_get_value_int64(env, argv[a], &v[a]) != napi_ok) v[a] = -1;
  int64_t C = v[0], A = v[1], B = v[2], m = v[3], k = v[4], n = v[5], ri = v[6], rp = v[7], D = v[8], E = v[9], sym = v[10];
  int ok = argc == 11 && m >= 0 && k >= 1 && n >= 0 && m % 4 == 0 && n % 4 == 0 && m <= 65536 && n <= 65536 && k <= 65536 &&
           ri >= 0 && rp >= 0 && ri % 8 == 0 && rp % 8 == 0 && ri <= (1 << 30) && rp <= (1 << 30) &&
           (m == 0 || inside(mem, A, (m - 1) * ri + (k - 1) * rp + 8)) && inside(mem, B, k * n * 8) &&
           (C == 0 || inside(mem, C, m * n * 8)) && (D == 0 || inside(mem, D, m * n * 8)) &&
           (E == 0 || inside(mem, E, m * n * 8)) && (sym == 0 || sym == 1);
  if (!ok) {
    napi_throw_range_error(env, NULL, "native gemm: arguments out of range (offsets, strides or sizes)");
    return NULL;
  }
  uint8_t *b = mem->base;
  double r = gemm(C ? (double *)(b + C) : NULL, (const double *)(b + A), (const double *)(b + B), (size_t)m, (size_t)k,
                  (size_t)n, ri / 8, rp / 8, D ? (const double *)(b + D) : NULL, E ? (const double *)(b + E) : NULL, (int)sym);
  napi_value out;
  CHECK(napi_create_double(env, r, &out));
  return out;
}

static void release(napi_env env, void *data, void *hint) { (void)env, (void)hint, free(data); }

static napi_value bind(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg;
  CHECK(napi_get_cb_info(env, info, &argc, &arg, NULL, NULL));
  bool is;
  if (argc != 1 || napi_is_arraybuffer(env, arg, &is) != napi_ok || !is) {
    napi_throw_type_error(env, NULL, "native gemm: bind(buffer) needs an ArrayBuffer");
    return NULL;
  }
  Memory *mem = malloc(sizeof *mem);
  if (!mem) return NULL;
  CHECK(napi_get_arraybuffer_info(env, arg, (void **)&mem->base, &mem->bytes));
  napi_value fn;
  CHECK(napi_create_function(env, "gemm", NAPI_AUTO_LENGTH, call_gemm, mem, &fn));
  CHECK(napi_add_finalizer(env, fn, mem, release, NULL, NULL));
  return fn;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  CHECK(napi_create_function(env, "bind", NAPI_AUTO_LENGTH, bind, NULL, &fn));
  CHECK(napi_set_named_property(env, exports, "bind", fn));
  return exports;
}
