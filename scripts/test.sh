#!/usr/bin/env bash
# Runs every test suite and exits non-zero on any failure: unit and golden tests (ctest), CLI tests,
# wasm tests.
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
npx --no-install web-ext lint --source-dir dist/extension
node --test --test-concurrency=1 tests/e2e/
