#!/usr/bin/env bash
# Measures whosaid's speed against named peers on real text and prints the table of README.md's "Speed"
# section, then how the engine's time grows with its input (tests/bench/bench.mjs says what is timed and
# how). Builds what it needs first, in Release: build/whosaid and the benchmark drivers (tests/bench/,
# targets built on request only), and dist/wasm/. A benchmark, not a test: it never fails on a missed
# goal. Inputs are generated into build/bench/ from ../shared at run time.
#
#   ./scripts/bench.sh                  the table, then scaling (10 KB ... 100 MB): a few minutes
#   ./scripts/bench.sh --quick          fewer runs and smaller inputs: a rough look in about a minute
#   ./scripts/bench.sh --table-only     the table only (or --scaling-only)
#   ./scripts/bench.sh --instructions   instead, the instructions (and simulated cache misses and
#                                       mispredicted branches) of one pass over PolNeAR dev: the same
#                                       count on a busy machine as on an idle one, to compare versions by
#   ./scripts/bench.sh --stages [ARGS]  the stage micro-benchmarks (Google Benchmark) instead; ARGS go to
#                                       it, e.g. --benchmark_filter=Tokenize --benchmark_repetitions=5
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
if [[ ${1:-} == --stages ]]; then
  shift
  cmake --build build -j"$(nproc)" --target stage_bench >/dev/null
  exec build/tests/bench/stage_bench "$@"
fi
cmake --build build -j"$(nproc)" --target whosaid bench_extract >/dev/null
./scripts/build-wasm.sh >/dev/null
exec node tests/bench/bench.mjs "$@"
