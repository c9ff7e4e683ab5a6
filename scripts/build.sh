#!/usr/bin/env bash
# Builds everything into build/ (native engine, CLI, tests) and dist/ (wasm module, extension), then
# shows the engine's result on the bundled sample article. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
./scripts/build-wasm.sh   # dist/wasm/
node extension/tools/build.mjs   # dist/extension/, dist/whosaid-chromium.zip, dist/whosaid-firefox.zip

echo
echo "== whosaid on samples/sample-article.txt =="
./build/whosaid --summary samples/sample-article.txt
