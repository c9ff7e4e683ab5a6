#!/usr/bin/env bash
# Scores the CLI on annotated news as ../shared/EVAL.md says and prints every figure.
#
#   scripts/eval.sh [GOLD.jsonl] [eval.mjs options: --errors, --json, --kind-breakdown, ...]
#
# GOLD defaults to ../shared/corpus/polnear-dev.jsonl (relative to the repo root); the paths given are
# read from the caller's directory. Builds build/whosaid first when it is missing. Only the file given
# is read: never run this on a held-out set to tune rules.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if [[ ! -x "$root/build/whosaid" ]]; then
  echo "eval: building build/whosaid" >&2
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build" -j2 --target whosaid >&2
fi

# eval.mjs takes the gold file as its argument and defaults it to ../shared/corpus/polnear-dev.jsonl.
WHOSAID_EVAL_COMMAND="$0" exec node "$root/scripts/eval.mjs" --cli "$root/build/whosaid" "$@"
