#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every call that only POSIX systems have stays in core/platform (docs/decisions.md, "One
# platform file"), so that a Windows or macOS build adds one file and changes nothing else.
#   platform.sh SOURCE_DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
cd "$1"
headers='#include <(unistd|fcntl|pwd|grp|dirent|termios|poll|dlfcn|signal)\.h>|#include <sys/'
# The C functions, called as ::f( or f( (QFile::rename and other Qt calls are portable).
calls='(^|[^[:alnum:]_:])(::)?(fsync|fdatasync|flock|fcntl|chmod|fchmod|umask|ftruncate|mkstemp|getuid|geteuid|isatty|unlink|lstat)\s*\(|(^|[^[:alnum:]_])(std)?::rename\s*\('
found=$(grep -rnE "$headers|$calls" --include='*.cpp' --include='*.h' core ui app resources \
    | grep -v '^core/platform/' || true)
[ -z "$found" ] || fail "POSIX-only calls outside core/platform:
$found"
echo "platform: no POSIX-only calls outside core/platform"
