#!/usr/bin/env bash
# Runs every test suite and exits non-zero on any failure: unit and golden tests (ctest), CLI tests,
# wasm tests, extension tests, then the unit tests again under ASan + UBSan and a short fuzzing pass.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
# The benchmark drivers are built on request only; building them here keeps them compiling (not run: speed
# is a benchmark, scripts/bench.sh).
cmake --build build -j"$(nproc)" --target bench_extract stage_bench
./scripts/build-wasm.sh   # dist/wasm/, compared with build/whosaid by the wasm tests
node extension/tools/build.mjs   # dist/extension/ and its zips, for the extension tests

echo "== unit and golden tests (ctest) =="
ctest --test-dir build --output-on-failure -j"$(nproc)"

echo "== CLI tests =="
node --test tests/cli/ tests/eval/

echo "== wasm tests =="
node --test tests/wasm/

echo "== extension: web-ext lint (Firefox build) and real-browser tests =="
node extension/tools/gen-highlight-css.mjs --check   # the highlight CSS matches shared.js's palette
npx --no-install web-ext lint --source-dir dist/extension
node --test --test-concurrency=1 tests/e2e/

echo "== sanitizers: the unit and golden tests again under ASan + UBSan, with work counting (build-asan) =="
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHOSAID_SANITIZE=ON \
  -DWHOSAID_COUNT_WORK=ON -DWHOSAID_WERROR=OFF >/dev/null
cmake --build build-asan -j"$(nproc)" --target unit_tests whosaid
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
# Real text under the sanitizers: PolNeAR dev and train through the CLI, dev three times in one stream
# (one process reads article after article, as the extension's engine does).
if [[ -f ../shared/corpus/polnear-dev.jsonl && -f ../shared/corpus/polnear-train.jsonl ]]; then
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=handle_abort=1
  for corpus in ../shared/corpus/polnear-train.jsonl <(cat ../shared/corpus/polnear-dev.jsonl{,,}); do
    build-asan/whosaid --jsonl "$corpus" >/dev/null
    build-asan/whosaid --typewriter-quotes --jsonl "$corpus" >/dev/null
  done
  # Every paragraph of train cut short after each of its words, each cut a text of its own.
  node tests/cli/cut-articles.mjs ../shared/corpus/polnear-train.jsonl >build-asan/train-cut.jsonl
  build-asan/whosaid --typewriter-quotes --jsonl build-asan/train-cut.jsonl >/dev/null
  rm build-asan/train-cut.jsonl
  echo "CLI on PolNeAR dev (x3), train, and train's paragraphs cut after every word under ASan + UBSan: clean"
else
  echo "CLI under ASan + UBSan on PolNeAR: skipped (../shared/corpus is absent)"
fi

echo "== fuzzers: a short pass on each target (scripts/fuzz.sh; longer runs: scripts/fuzz.sh 600) =="
./scripts/fuzz.sh 25
