#!/usr/bin/env bash
# Installs what peiling needs from Debian's packages (when missing) and builds it into
# build/. Used by scripts/demo.sh and scripts/test.sh.
#   --with-browser   also install what only the tests use: Chromium (to look at pages the
#                    way a person does), tmux (a real terminal), the sqlite3 shell,
#                    python3 (to parse an exported xlsx as XML) and cmark-gfm (GitHub's
#                    Markdown renderer, to render rapport.md)
#   --with-fuzz      also install clang and its libFuzzer runtime, for scripts/fuzz.sh
#   --target NAME    build only this CMake target (default: everything)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config ccache libboost-dev libboost-program-options-dev
          libsqlite3-dev catch2 libcairo2-dev libfreetype-dev zlib1g-dev fonts-dejavu-core
          libcpp-httplib-dev libqrencode-dev libxlsxwriter-dev libutf8proc-dev nettle-dev
          libpixman-1-dev libfontconfig-dev libexpat1-dev libpng-dev libbrotli-dev)  # static archives cairo needs
build_target=all
while (($#)); do
  case "$1" in
    --with-browser) packages+=(chromium tmux sqlite3 nodejs python3 cmark-gfm) ;;
    --with-fuzz) packages+=(clang libclang-rt-14-dev) ;;
    --target) build_target="$2"; shift ;;
    *) echo "setup: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

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

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target "$build_target"
