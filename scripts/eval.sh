#!/usr/bin/env bash
# Scores the CLI on annotated news as ../shared/EVAL.md says and prints every figure.
#
#   scripts/eval.sh [GOLD.jsonl] [eval.mjs options: --errors, --json, --kind-breakdown, ...]
#
# GOLD defaults to ../shared/corpus/polnear-dev.jsonl (relative to the repo root). Builds build/whosaid
# first when it is missing. Only the file given is read: never run this on a held-out set to tune rules.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x build/whosaid ]]; then
  echo "eval: building build/whosaid" >&2
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j2 --target whosaid >&2
fi

# eval.mjs takes the gold file as its argument and defaults it to ../shared/corpus/polnear-dev.jsonl.
exec node scripts/eval.mjs --cli build/whosaid "$@"
