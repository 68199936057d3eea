#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer: builds peiling
# with -DPEILING_SANITIZE=ON in build-sanitize/ (beside the normal build/) and runs CTest
# there. A memory error, a leak or undefined behaviour stops the program that meets it, the
# test binary or a peiling it runs, so that test fails. Arguments go to ctest (e.g. -R web).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPEILING_SANITIZE=ON -DPEILING_TESTS_ONLY='' >/dev/null
cmake --build build-sanitize -j"$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)" "$@"
