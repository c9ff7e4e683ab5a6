#!/usr/bin/env bash
# Runs every test suite and exits non-zero on any failure: unit and golden tests (ctest), CLI tests,
# wasm tests, extension tests, then the unit tests again under ASan + UBSan and a short fuzzing pass.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
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
cmake --build build-asan -j"$(nproc)" --target unit_tests
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"

echo "== fuzzers: a short pass on each target (scripts/fuzz.sh; longer runs: scripts/fuzz.sh 600) =="
./scripts/fuzz.sh 25
