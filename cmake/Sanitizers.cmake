# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# CG_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer on every Common Ground target (through
# cg_defaults, like every other flag). CG_FUZZ: also the libFuzzer targets in fuzz/, with libFuzzer's
# coverage instrumentation in cg_core only (what the fuzz targets exercise); clang only. Neither is
# on by default: the developer build is unchanged. fuzz/sanitize-and-fuzz.sh configures the second
# tree of CI with both, GUI included, and runs the whole suite in it (docs/reliability.md).
option(CG_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CG_FUZZ "Build the libFuzzer targets in fuzz/ (clang; implies CG_SANITIZE)" OFF)
# Line tables only: reports still name file and line. cg_core, where the suite and the fuzz targets
# spend their time in our own code (allocation, storage, imports), is optimised (-O1: at -O0 its
# instrumented loops ran some cases 60 times slower than the ordinary build); everything else
# (UI, room, programs, tests) spends its time in Qt and SQLite, which are not instrumented, and is
# compiled without optimisation, at about half the CPU time.
set(CG_SANITIZE_CORE_OPTIMISATION "-O1" CACHE STRING "Optimisation of cg_core in the sanitized build")
set(CG_SANITIZE_OPTIMISATION "-O0" CACHE STRING "Optimisation of every other target in the sanitized build")

if(CG_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CG_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
if(CG_SANITIZE OR CG_FUZZ)
    # Every UB report is an error (no recovery), so a report fails the test or fuzz run.
    set(CG_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(cg_defaults INTERFACE ${CG_SANITIZER_FLAGS}
        "$<IF:$<STREQUAL:$<TARGET_PROPERTY:NAME>,cg_core>,${CG_SANITIZE_CORE_OPTIMISATION},${CG_SANITIZE_OPTIMISATION}>"
        $<IF:$<CXX_COMPILER_ID:Clang>,-gline-tables-only,-g1>)
    target_link_options(cg_defaults INTERFACE -fsanitize=address,undefined)
endif()

# Called once every target exists: the coverage instrumentation libFuzzer steers by goes into
# cg_core only, so the rest of the sanitized suite does not pay for it.
function(cg_instrument_for_fuzzing)
    if(CG_FUZZ)
        target_compile_options(cg_core PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()
