#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop file and the AppStream metainfo pass their validators, and they agree with each
# other and with the MIME package about the app's id and its file types.
#   metadata.sh SOURCE_DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
need desktop-file-validate appstreamcli xmllint
dir="$1/packaging/linux"
desktop="$dir/$APP_ID.desktop"
metainfo="$dir/$APP_ID.metainfo.xml"
mime="$dir/$APP_ID.mime.xml"

# desktop-file-validate exits 0 on hints; a hint is cheap to fix, so it fails here too.
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net refused $metainfo"
xmllint --noout "$mime" || fail "$mime is not well-formed XML"

# Every type the MIME package declares is one the desktop file says it opens, and the reverse.
declared=$(xmllint --xpath '//*[local-name()="mime-type"]/@type' "$mime" | grep -o '"[^"]*"' | tr -d '"' | sort)
handled=$(sed -n 's/^MimeType=//p' "$desktop" | tr ';' '\n' | sed '/^$/d' | sort)
[ "$declared" = "$handled" ] || fail "the desktop file opens [$handled] but the MIME package declares [$declared]"
grep -qx 'Exec=commonground %F' "$desktop" || fail "Exec must pass the files (%F) to commonground"
grep -qx "Icon=$APP_ID" "$desktop" || fail "the desktop file's icon is not $APP_ID"
launchable=$(xmllint --xpath 'string(//launchable[@type="desktop-id"])' "$metainfo")
[ "$launchable" = "$APP_ID.desktop" ] || fail "the metainfo launches '$launchable', not $APP_ID.desktop"
[ "$(xmllint --xpath 'string(/component/id)' "$metainfo")" = "$APP_ID" ] || fail "the metainfo's id is not $APP_ID"
[ "$(xmllint --xpath 'count(//screenshot)' "$metainfo")" -ge 1 ] || fail "the metainfo has no screenshots"
[ "$(xmllint --xpath 'count(//release/description)' "$metainfo")" -ge 1 ] || fail "the metainfo has no release notes"
# The screenshots are the README's: each one named in the metainfo is in docs/screenshots.
for shot in $(xmllint --xpath '//screenshot/image/text()' "$metainfo"); do
    [ -f "$1/docs/screenshots/$(basename "$shot")" ] || fail "screenshot $(basename "$shot") is not in docs/screenshots"
done
# The metainfo's release is the version CMake builds.
version=$(sed -n 's/^project(CommonGround VERSION \([0-9.]*\).*/\1/p' "$1/CMakeLists.txt")
[ "$(xmllint --xpath 'string(//releases/release[1]/@version)' "$metainfo")" = "$version" ] \
    || fail "the metainfo's newest release is not $version (CMakeLists.txt)"
echo "metadata: desktop file, metainfo and MIME package are valid and agree"
