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
#   ./scripts/bench.sh --against REV    instead, this engine's CLI against the CLI of commit REV (built
#                                       into build/bench/against-REV/ from `git archive`), run by turns on
#                                       the same inputs: e.g. --against d87aadb, the foundation's engine
#   ./scripts/bench.sh --stages [ARGS]  the stage micro-benchmarks (Google Benchmark) instead; ARGS go to
#                                       it, e.g. --benchmark_filter=Tokenize --benchmark_repetitions=5
#   ./scripts/bench.sh --wall           time by the wall clock rather than by CPU time (with the others)
#   ./scripts/bench.sh --help           this list
set -euo pipefail
cd "$(dirname "$0")/.."

# The options, checked before anything is built or run: a mistyped one had started the whole table.
if [[ ${1:-} != --stages ]]; then
  for ((i = 1; i <= $#; i++)); do
    case ${!i} in
      --quick | --wall | --table-only | --scaling-only | --instructions) ;;
      --against) ((i++)) ;;
      -h | --help) sed -n 's/^#   //p' "$0"; exit 0 ;;
      *) echo "bench.sh: unknown option ${!i} (./scripts/bench.sh --help lists them)" >&2; exit 2 ;;
    esac
  done
fi
./scripts/setup.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
if [[ ${1:-} == --stages ]]; then
  shift
  cmake --build build -j"$(nproc)" --target stage_bench >/dev/null
  exec build/tests/bench/stage_bench "$@"
fi
cmake --build build -j"$(nproc)" --target whosaid bench_extract >/dev/null
if [[ ${1:-} == --against ]]; then
  rev=$(git rev-parse --short "${2:?usage: ./scripts/bench.sh --against REV}^{commit}")
  other=build/bench/against-$rev
  if [[ ! -x $other/build/whosaid ]]; then
    echo "bench: building the CLI of $rev into $other ..." >&2
    rm -rf "$other" && mkdir -p "$other"
    git archive "$rev" | tar -x -C "$other"
    cmake -S "$other" -B "$other/build" -DCMAKE_BUILD_TYPE=Release -DWHOSAID_WERROR=OFF >/dev/null
    cmake --build "$other/build" -j"$(nproc)" --target whosaid >/dev/null
  fi
  exec node tests/bench/bench.mjs "${@:3}" --against "$rev" "$other/build/whosaid"
fi
./scripts/build-wasm.sh >/dev/null
exec node tests/bench/bench.mjs "$@"
