#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, in build-fuzz/) and runs each for a
# bounded time, one after the other.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 seconds, every target
#   scripts/fuzz.sh 600 extract                          ten minutes on extract() alone
#
# Targets: extract (extract + to_json on arbitrary bytes), jsonl (the CLI's JSONL reader), options
# (parse_options), kinds (parse_kinds). Each starts from its seeds in tests/fuzz/corpus/<target>/ plus
# what earlier runs on this machine found (build-fuzz/corpus/<target>/, never committed). An input that
# crashes, breaks an invariant, leaks, or takes over 10 s is saved under build-fuzz/findings/<target>/
# and makes the script exit 1; make it a regression test before fixing it. JOBS sets build parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(extract jsonl options kinds)

if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: clang++ not found (scripts/setup.sh installs it)" >&2
  exit 1
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHOSAID_FUZZ=ON \
  -DWHOSAID_WERROR=OFF >/dev/null
cmake --build build-fuzz -j"${JOBS:-$(nproc)}" --target "${targets[@]/%/_fuzzer}" >/dev/null

status=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t findings=build-fuzz/findings/$t log=build-fuzz/fuzz-$t.log
  mkdir -p "$corpus" "$findings"
  # -timeout: an input that takes 10 s is a hang, so a finding. -rss_limit_mb: a leak or blow-up is one too.
  if build-fuzz/tests/fuzz/${t}_fuzzer "$corpus" "tests/fuzz/corpus/$t" \
      -dict="tests/fuzz/dict/$t.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1; then
    result=ok
  else
    result="FINDING (see $log and $findings/)"
    status=1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  printf 'fuzz %-8s %5ss %10s execs  %-10s %s\n' "$t" "$seconds" "${execs:-?}" "${cov:-}" "$result"
done
exit $status
