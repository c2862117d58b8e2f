#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The sanitizer and fuzzing half of CI (docs/reliability.md, docs/decisions.md): a second build
# tree with clang, AddressSanitizer and UndefinedBehaviorSanitizer of core and the fuzz targets;
# each fuzz target replays its committed corpus and tries at least CG_FUZZ_RUNS fresh mutations.
# With CG_SANITIZE_SUITES=1 the core and command-line suites are built and run in that tree too
# (not yet part of CI: see docs/reliability.md). Any sanitizer report, crash, leak (bar the
# suppressions in fuzz/lsan.supp) or hang fails it.
#
#   CG_SANITIZE_BUILD   build folder (build-sanitize)
#   CG_FUZZ_RUNS        fresh executions per target (10000)
#   CG_FUZZ_SECONDS     time bound per target (600; reaching it with fewer runs is a failure)
#   CG_SANITIZE_SUITES  1: also the core and command-line suites under the sanitizers
set -euo pipefail
cd "$(dirname "$0")/.."
build=${CG_SANITIZE_BUILD:-build-sanitize}
runs=${CG_FUZZ_RUNS:-10000}
seconds=${CG_FUZZ_SECONDS:-600}

export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_odr_violation=1:allocator_may_return_null=1
export LSAN_OPTIONS=suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCG_SANITIZE=ON -DCG_FUZZ=ON -DCG_BUILD_GUI=OFF
cmake --build "$build" --target fuzz_open fuzz_csv fuzz_json
if [ "${CG_SANITIZE_SUITES:-0}" = 1 ]; then
    cmake --build "$build" --target cg_core_tests cg_cli_tests commonground-cli
    ctest --test-dir "$build" --output-on-failure -j2 -R '^(core|cli): '
fi

for target in open csv json; do
    seeds=fuzz/corpus/$target
    work=$(mktemp -d)
    log=$work/fuzz.log
    mkdir -p "$work/found"
    count=$(find "$seeds" -type f | wc -l)
    echo "fuzz_$target: replaying $count seeds, then $runs mutations"
    # The first folder takes what the run finds; the committed corpus is only read.
    rc=0
    "$build/fuzz/fuzz_$target" -runs=$((runs + count)) -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=2560 -max_len=1048576 -print_final_stats=1 -artifact_prefix="$work/" "$work/found" "$seeds" >"$log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        tail -n 60 "$log"
        echo "fuzz_$target: FAILED with exit $rc (the failing input and the log are in $work)" >&2
        exit 1
    fi
    done_runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log")
    grep -E "^(Done|stat::)" "$log" || true
    if [ -z "$done_runs" ] || [ "$done_runs" -lt "$runs" ]; then
        tail -n 30 "$log"
        echo "fuzz_$target: only ${done_runs:-0} runs in ${seconds}s, fewer than $runs" >&2
        exit 1
    fi
    rm -rf "$work"
done
echo "sanitizers and fuzzing: all clean"
