#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The second half of CI (docs/reliability.md, docs/decisions.md): a second build tree with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer of everything the suite tests (GUI included),
# libFuzzer's coverage in core, and the three fuzz targets from the same tree. It runs the whole
# suite (every ctest) in that tree, then each fuzz target replays its committed corpus and tries
# at least CG_FUZZ_RUNS fresh mutations. Any sanitizer report, crash, leak (bar the third-party
# suppressions in fuzz/lsan.supp) or hang fails it.
#
#   CG_SANITIZE_BUILD   build folder (build-sanitize)
#   CG_FUZZ_RUNS        fresh executions per target (10000)
#   CG_FUZZ_SECONDS     time bound per target (900; reaching it with fewer runs is a failure)
#   CG_SANITIZE_SUITE   0: skip the suite, only build the fuzz targets and fuzz (1)
#   CG_JOBS             parallel compile and test jobs (2)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${CG_SANITIZE_BUILD:-build-sanitize}
runs=${CG_FUZZ_RUNS:-10000}
seconds=${CG_FUZZ_SECONDS:-900}
jobs=${CG_JOBS:-2}

# Exported before the build: test discovery runs the suites at build time, under the sanitizers.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_odr_violation=1:allocator_may_return_null=1:abort_on_error=0
export LSAN_OPTIONS=suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
if command -v llvm-symbolizer >/dev/null; then
    export ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer)
fi

phase() { echo "== $(date -u +%H:%M:%S) sanitized tree: $*"; }

phase configure
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCG_SANITIZE=ON -DCG_FUZZ=ON -DCG_BUILD_BENCH=OFF
if [ "${CG_SANITIZE_SUITE:-1}" = 1 ]; then
    phase build
    cmake --build "$build" -j "$jobs"
    phase "the whole suite"
    ctest --test-dir "$build" -j "$jobs" --output-on-failure
else
    cmake --build "$build" -j "$jobs" --target fuzz_open fuzz_csv fuzz_json
fi

# fuzz_open (a whole SQLite open per input) takes the longest: it has a core to itself while the
# other two run one after the other on the second.
fuzz_one() {
    local target=$1 seeds=fuzz/corpus/$1 work count rc=0 done_runs
    work=$(mktemp -d)
    mkdir -p "$work/found"
    count=$(find "$seeds" -type f | wc -l)
    # The first folder takes what the run finds; the committed corpus is only read.
    "$build/fuzz/fuzz_$target" -runs=$((runs + count)) -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=2560 -max_len=1048576 -print_final_stats=1 -artifact_prefix="$work/" \
        "$work/found" "$seeds" >"$work/fuzz.log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        tail -n 60 "$work/fuzz.log"
        echo "fuzz_$target: FAILED with exit $rc (the failing input and the log are in $work)" >&2
        return 1
    fi
    done_runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$work/fuzz.log")
    if [ -z "$done_runs" ] || [ "$done_runs" -lt "$runs" ]; then
        tail -n 30 "$work/fuzz.log"
        echo "fuzz_$target: only ${done_runs:-0} runs in ${seconds}s, fewer than $runs" >&2
        return 1
    fi
    echo "fuzz_$target: $count seeds replayed, then $done_runs runs ($(find "$work/found" -type f | wc -l) new inputs kept): $(grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$work/fuzz.log" | tr '\n' ' ')"
    rm -rf "$work"
}
phase "fuzzing ($runs fresh runs per target)"
fuzz_one open &
open_pid=$!
fuzz_rc=0
fuzz_one csv || fuzz_rc=1
fuzz_one json || fuzz_rc=1
wait "$open_pid" || fuzz_rc=1
[ "$fuzz_rc" -eq 0 ] || exit 1
phase "all clean"
