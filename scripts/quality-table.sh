#!/usr/bin/env bash
# Prints the quality table of README.md (PolNeAR dev and train, EVAL.md figures). Builds the CLI first.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x build/whosaid ]] || { cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build -j"$(nproc)" --target whosaid; }
exec node scripts/quality-table.mjs
