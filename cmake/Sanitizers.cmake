# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# CG_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer on every Common Ground target (through
# cg_defaults, like every other flag). CG_FUZZ: also the libFuzzer targets in fuzz/, with coverage
# instrumentation in core; clang only. Neither is on by default: the developer build is unchanged.
# fuzz/sanitize-and-fuzz.sh configures a clang tree with both (see docs/reliability.md).
option(CG_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CG_FUZZ "Build the libFuzzer targets in fuzz/ (clang; implies CG_SANITIZE)" OFF)

if(CG_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CG_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
if(CG_SANITIZE OR CG_FUZZ)
    # Every UB report is an error (no recovery), so a report fails the test or fuzz run.
    set(CG_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(cg_defaults INTERFACE ${CG_SANITIZER_FLAGS})
    target_link_options(cg_defaults INTERFACE -fsanitize=address,undefined)
endif()
if(CG_FUZZ)
    target_compile_options(cg_defaults INTERFACE -fsanitize=fuzzer-no-link)
endif()
