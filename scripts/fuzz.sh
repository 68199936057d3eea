#!/usr/bin/env bash
# Fuzzes the readers for a bounded time: builds the libFuzzer harnesses of fuzz/ with clang
# (AddressSanitizer + UndefinedBehaviorSanitizer) in build-fuzz/ and runs each for SECONDS
# (default 60) on its seed corpus fuzz/corpus/NAME/. New inputs go to build-fuzz/corpus/NAME/
# (the seeds stay as they are), crashing inputs to build-fuzz/findings/NAME/; a finding is
# replayed with: build-fuzz/fuzz/fuzz_NAME FILE. Needs clang (scripts/setup.sh --with-fuzz).
#   bash scripts/fuzz.sh [SECONDS] [NAME...]     NAME: definition, csv_import, form_body
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang++ >/dev/null || ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
  echo "fuzz: clang and its libFuzzer runtime are missing; install them with: bash scripts/setup.sh --with-fuzz" >&2
  exit 1
fi
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(definition csv_import form_body)

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPEILING_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

failed=()
for target in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$target" "build-fuzz/findings/$target"
  options=(-max_total_time="$seconds" -print_final_stats=1 -max_len=16384 -timeout=10 -rss_limit_mb=2048
           -artifact_prefix="build-fuzz/findings/$target/")
  [[ -f "fuzz/$target.dict" ]] && options+=(-dict="fuzz/$target.dict")
  echo "fuzz: $target for ${seconds}s"
  if "build-fuzz/fuzz/fuzz_$target" "${options[@]}" "build-fuzz/corpus/$target" "fuzz/corpus/$target" \
       >"build-fuzz/fuzz-$target.log" 2>&1; then
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^Done" "build-fuzz/fuzz-$target.log" || true
  else
    failed+=("$target")
    grep -E "^==[0-9]+==ERROR|^SUMMARY|runtime error|Test unit written" "build-fuzz/fuzz-$target.log" || true
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: findings in ${failed[*]} (logs: build-fuzz/fuzz-NAME.log, inputs: build-fuzz/findings/)" >&2
  exit 1
fi
echo "fuzz: no findings"
