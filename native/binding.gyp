{
  "targets": [
    {
      "target_name": "gemm",
      "sources": ["addon.c", "gemm.c"],
      "cflags": ["-O3", "-march=native", "-ffp-contract=off", "-Wall", "-Wextra"],
      "cflags!": ["-O2", "-O1", "-O0"]
    }
  ]
}
