#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# With the MIME package and the desktop file installed into a scratch data folder, the desktop's
# own tools (gio, xdg-mime) recognise a workshop made by commonground-cli by its name and, renamed
# to .bin, by its content; a plain SQLite database is not taken for a workshop; a protected
# workshop (encrypted, so without SQLite's header) is still a workshop; a sealed
# hand-over is recognised; and Common Ground is the program that opens them.
#   mime.sh SOURCE_DIR COMMONGROUND_CLI
set -euo pipefail
. "$(dirname "$0")/common.sh"
need update-mime-database update-desktop-database gio xdg-mime sqlite3
src="$1"
cli="$2"

data="$SCRATCH/share"
mkdir -p "$data/mime/packages" "$data/applications"
cp "$src/packaging/linux/$APP_ID.mime.xml" "$data/mime/packages/$APP_ID.xml"
cp "$src/packaging/linux/$APP_ID.desktop" "$data/applications/"
# The system's data folder stays in the path: application/vnd.sqlite3 and its magic are there,
# and the workshop's magic has to win over it.
export XDG_DATA_HOME="$data" XDG_DATA_DIRS="$data:/usr/local/share:/usr/share"
export XDG_CONFIG_HOME="$SCRATCH/config" XDG_CONFIG_DIRS="$SCRATCH/config"
# xdg-mime asks gio on GNOME; elsewhere it may fall back to file(1), which knows no .cgw.
export XDG_CURRENT_DESKTOP=GNOME
update-mime-database "$data/mime"
update-desktop-database "$data/applications"

"$cli" new "$SCRATCH/Listening day.cgw" --title "Listening day" >/dev/null
cp "$SCRATCH/Listening day.cgw" "$SCRATCH/renamed.bin"
sqlite3 "$SCRATCH/plain.bin" "CREATE TABLE t(x); PRAGMA application_id = 1;"
{ printf 'CGSEAL1\n'; head -c 200 /dev/zero; } >"$SCRATCH/handover.dat"
# A protected workshop (core/security/cryptovfs.h) begins with its own magic, not SQLite's.
{ printf 'CGPROT1\n'; head -c 5000 /dev/urandom; } >"$SCRATCH/protected.dat"

expect() { # FILE TYPE
    local by_gio by_xdg
    by_gio=$(gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p')
    by_xdg=$(xdg-mime query filetype "$1")
    [ "$by_gio" = "$2" ] || fail "gio says $(basename "$1") is '$by_gio', expected $2"
    [ "$by_xdg" = "$2" ] || fail "xdg-mime says $(basename "$1") is '$by_xdg', expected $2"
    echo "ok: $(basename "$1") is $2"
}
expect "$SCRATCH/Listening day.cgw" application/x-common-ground-workshop
expect "$SCRATCH/renamed.bin" application/x-common-ground-workshop
expect "$SCRATCH/plain.bin" application/vnd.sqlite3
expect "$SCRATCH/protected.dat" application/x-common-ground-workshop
expect "$SCRATCH/handover.dat" application/x-common-ground-sealed

# A workshop is still a database to programs that only know SQLite.
gio mime application/x-common-ground-workshop >/dev/null
parents=$(sed -n 's/^application\/x-common-ground-workshop //p' "$data/mime/subclasses")
[ "$parents" = application/vnd.sqlite3 ] || fail "the workshop type's parent is '$parents', expected application/vnd.sqlite3"

for type in application/x-common-ground-workshop application/x-common-ground-sealed; do
    handler=$(xdg-mime query default "$type")
    [ "$handler" = "$APP_ID.desktop" ] || fail "$type opens with '$handler', expected $APP_ID.desktop"
    echo "ok: $type opens with $handler"
done
