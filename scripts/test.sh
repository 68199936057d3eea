#!/usr/bin/env bash
# The whole test suite: set up (with Chromium for the browser tests), build, run CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-browser
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
