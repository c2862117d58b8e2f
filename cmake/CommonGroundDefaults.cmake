# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that every Common Ground target links: language level,
# warnings and the strict Qt defines. Nothing is set at directory scope.
add_library(cg_defaults INTERFACE)
add_library(cg::defaults ALIAS cg_defaults)
target_compile_features(cg_defaults INTERFACE cxx_std_20)
target_compile_definitions(cg_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
# -Wshadow=local is gcc's; clang (the sanitized tree) does not know it and said so for every file.
target_compile_options(cg_defaults INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough>)
if(CG_WARNINGS_AS_ERRORS)
    target_compile_options(cg_defaults INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror>)
endif()
