#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cpack builds the Debian package from the build folder, lintian finds no errors in it, and
# unpacked into a scratch root it holds the programs and every desktop file where the desktop
# looks for them, with the dependencies the library scan cannot see.
#   deb.sh BUILD_DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
need cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate
build="$1"
# The package is made from the build as it is: ctest runs after the build, and a stale or
# missing program must fail here, not be rebuilt behind the suite's back.
[ -x "$build/app/gui/commonground" ] && [ -x "$build/app/cli/commonground-cli" ] \
    || fail "build the programs first (cmake --build $build)"

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$SCRATCH/out" >"$SCRATCH/cpack.log" 2>&1 \
    || { cat "$SCRATCH/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$SCRATCH"/out/commonground_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no commonground_*.deb"
deb="${debs[0]}"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# Errors fail the test; warnings are shown so that they get looked at.
lintian --fail-on error --tag-display-limit 0 "$deb" >"$SCRATCH/lintian.log" 2>&1 || {
    cat "$SCRATCH/lintian.log" >&2
    fail "lintian reports errors"
}
grep -v '^running with root privileges' "$SCRATCH/lintian.log" || true
echo "lintian: $(grep -c '^E:' "$SCRATCH/lintian.log" || true) errors, $(grep -c '^W:' "$SCRATCH/lintian.log" || true) warnings"

root="$SCRATCH/root"
dpkg-deb -x "$deb" "$root"
for file in \
    usr/bin/commonground \
    usr/bin/commonground-cli \
    "usr/share/applications/$APP_ID.desktop" \
    "usr/share/metainfo/$APP_ID.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "usr/share/mime/packages/$APP_ID.xml" \
    usr/share/man/man1/commonground.1.gz \
    usr/share/man/man1/commonground-cli.1.gz \
    usr/share/doc/commonground/copyright \
    usr/share/doc/commonground/changelog.gz; do
    [ -f "$root/$file" ] || fail "the package has no /$file"
done
[ -x "$root/usr/bin/commonground" ] && [ -x "$root/usr/bin/commonground-cli" ] || fail "the programs are not executable"
# Nothing else sneaks in (test programs, headers, static libraries).
unexpected=$(cd "$root" && find . -type f | sed 's|^\./||' | grep -v -e '^usr/bin/commonground' -e '^usr/share/' || true)
[ -z "$unexpected" ] || fail "the package holds files it should not: $unexpected"
desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop" || fail "the installed desktop file is not valid"
# The installed program runs from the unpacked root, with the system's libraries.
"$root/usr/bin/commonground-cli" --help >/dev/null || fail "the packaged commonground-cli does not run"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
for dep in libqt6svg6 fonts-dejavu-core fonts-symbola libqt6widgets6 libsqlite3-0 libsodium23; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
