#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 30). Exits non-zero
# when any target crashed, hung (an input over 10 s), leaked or went past 2 GB of memory; the input
# that did it is kept under build-fuzz/artifacts/TARGET/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: fuzz_pagecopy, fuzz_markdown, ...)
# The corpus each target grows is kept in build-fuzz/corpus/TARGET/, so later runs go on from it.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-30}"
shift || true
build="${GLOSSATOR_FUZZ_BUILD_DIR:-$top/build-fuzz}"
# The command line that makes the seed projects: the ordinary build's.
glossator="${GLOSSATOR_BINARY:-$top/build/glossator}"
all_targets=(fuzz_pagecopy fuzz_markdown fuzz_dragnettext fuzz_glossatorjson fuzz_detected fuzz_textdecoder
    fuzz_projectloader)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

bash "$top/scripts/setup.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DGLOSSATOR_FUZZ=ON
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"
if [ ! -x "$glossator" ]; then
    [ -f "$top/build/CMakeCache.txt" ] || cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$top/build" --parallel "$(nproc)" --target glossator
    glossator="$top/build/glossator"
fi

seeds="$build/seeds"
rm -rf "$seeds"
bash "$top/tests/fuzz/seed-corpus.sh" "$seeds" "$glossator"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_LOGGING_RULES="*.warning=false"
export LC_ALL=C.UTF-8

failed=()
summary=()
for target in "${targets[@]}"; do
    max_len=16384
    [ "$target" = fuzz_projectloader ] && max_len=131072
    mkdir -p "$build/corpus/$target" "$build/artifacts/$target" "$build/logs"
    log="$build/logs/$target.log"
    printf '\n== %s: %d s\n' "$target" "$seconds"
    status=0
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -dict="$top/tests/fuzz/glossator.dict" -artifact_prefix="$build/artifacts/$target/" -print_final_stats=1 \
        "$build/corpus/$target" "$seeds/$target" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" || true
    if [ $status -ne 0 ]; then
        tail -n 60 "$log"
        failed+=("$target")
        summary+=("$target: FAILED after ${runs:-?} inputs (exit $status; see $log)")
    else
        summary+=("$target: ${runs:-?} inputs, no crash, hang or leak")
    fi
done

printf '\n'
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    printf 'fuzz: %d of %d targets failed: %s\n' "${#failed[@]}" "${#targets[@]}" "${failed[*]}"
    exit 1
fi
printf 'fuzz: %d targets passed, %d s each\n' "${#targets[@]}" "$seconds"
