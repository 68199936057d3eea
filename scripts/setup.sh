#!/usr/bin/env bash
# Installs what peiling needs from Debian's packages (when missing) and builds it into
# build/. Used by scripts/demo.sh and scripts/test.sh.
#   --with-browser   also install what only the tests use: Chromium (to look at pages the
#                    way a person does), tmux (a real terminal), the sqlite3 shell, node
#                    with the npm packages of tests/e2e (axe-core, ajv) from its lock file,
#                    python3 (to parse an exported xlsx as XML) and cmark-gfm (GitHub's
#                    Markdown renderer, to render rapport.md) and PostgreSQL (a throwaway
#                    server for the store tests: scripts/pg_cluster.sh)
#   --with-fuzz      also install clang and its libFuzzer runtime, for scripts/fuzz.sh
#   --target NAME    build only this CMake target (default: everything)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config ccache libboost-dev libboost-program-options-dev
          libsqlite3-dev catch2 libcairo2-dev libfreetype-dev libpng-dev fonts-dejavu-core
          libcpp-httplib-dev libqrencode-dev libxlsxwriter-dev libutf8proc-dev nettle-dev libzip-dev
          rapidjson-dev  # decoding stored answers (engine/answer_data_reader.cpp)
          libpq-dev)     # PostgreSQL client (engine/postgres.h)
build_target=all
with_browser=false
while (($#)); do
  case "$1" in
    --with-browser) packages+=(chromium tmux sqlite3 nodejs python3 cmark-gfm postgresql) with_browser=true ;;
    --with-fuzz) packages+=(clang libclang-rt-14-dev) ;;
    --target) build_target="$2"; shift ;;
    *) echo "setup: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

packages+=(libreadstat-dev)  # export --format sav|dta (reports/readstat_export.cpp)
# R with haven: a test reads an exported .sav as a statistics course would (and runs the
# script of export --format r); without it that test is skipped with a message.
if $with_browser; then packages+=(r-cran-haven); fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

# npm: Debian's own package, unless the installed nodejs brings it (as NodeSource's does).
if $with_browser && ! command -v npm >/dev/null; then
  missing+=(npm)
fi

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

# The browser tests' npm packages, exactly as locked, from the registry's cache or the
# network; nothing is fetched when the tests run. A copy of the lock file marks what is in.
if $with_browser && ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.installed-lock.json; then
  echo "setup: installing the npm packages of tests/e2e"
  npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
  cp tests/e2e/package-lock.json tests/e2e/node_modules/.installed-lock.json
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target "$build_target"
