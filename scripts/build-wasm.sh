#!/usr/bin/env bash
# Builds the WebAssembly module (the engine under Emscripten) in build-wasm/ and installs it into
# dist/wasm/: whosaid.mjs (the API), whosaid-engine.mjs (glue) and whosaid-engine.wasm. Incremental: a
# second run with nothing changed takes a few seconds. Called by build.sh and test.sh (after setup.sh).
# The flags that work around Emscripten 3.1.6 pitfalls on this machine are in ../shared/notes/toolchain.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# emcc's optimised link needs Debian's node-acorn, which Node does not search for by default.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# emcmake's default test emulator passes a flag that Node 20 rejects.
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node \
  >/dev/null
cmake --build build-wasm -j"$(nproc)"
cmake --install build-wasm --prefix dist >/dev/null
