#!/usr/bin/env bash
# The one set-up step shared by build.sh and test.sh: installs whatever is missing from Debian's apt and
# the npm registry, and returns quickly when everything is already present. Idempotent; run as root on a
# fresh Debian 12 machine. Every dependency of the project is listed here and nowhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  g++ cmake pkg-config make          # native build
  libre2-dev nlohmann-json3-dev      # engine dependencies
  catch2                             # unit tests (Catch2 v2)
  emscripten nodejs npm              # wasm build, wasm/e2e tests, eval and bench scripts
  clang libclang-rt-14-dev           # fuzzers and sanitizer build
  libbenchmark-dev                   # micro-benchmarks
  valgrind                           # instruction counts (bench.sh --instructions)
  chromium firefox-esr               # real-browser tests of the extension
  zip                                # extension packages
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  # A nodejs package that bundles npm (this machine kind's Node 20) conflicts with Debian's npm: keep it.
  [[ $p == npm ]] && command -v npm >/dev/null && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node.js 20 or newer: the browser drivers and web-ext need it, and so does `node --test
# --test-concurrency`. This machine kind ships it; Debian 12's own nodejs package is 18, and neither
# registry the project may use offers a newer one, so say so clearly rather than fail later.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if ((node_major < 20)); then
  echo "setup: Node.js 20 or newer is needed; found $(node --version 2>/dev/null || echo none)." >&2
  echo "setup: install Node.js 20 (this project's machines ship it) and run this again." >&2
  exit 1
fi

# npm packages (pinned in package-lock.json): test drivers, peers for benchmarks, extension linting.
if [[ -f package.json ]]; then
  if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
