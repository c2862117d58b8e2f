#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# run-atspi.sh GUI CLI: starts a private X server and D-Bus session, then read-board.py starts the
# app on the demo's first board and reads its notes through AT-SPI, as Orca would.
set -euo pipefail
gui=$(realpath "$1")
cli=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
for tool in xvfb-run xauth dbus-run-session timeout; do
    command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is not installed (packaging/install-deps.sh installs it)"
done
[ -x /usr/libexec/at-spi-bus-launcher ] || fail "at-spi2-core is not installed (packaging/install-deps.sh installs it)"
# Debian's pyatspi is for Debian's Python, whatever python3 comes first on PATH.
python=/usr/bin/python3
[ -x "$python" ] || fail "/usr/bin/python3 is not installed"
"$python" -c 'import pyatspi' 2>/dev/null || fail "python3-pyatspi is not installed (packaging/install-deps.sh installs it)"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cg-a11y.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS

# -noreset: the X server must not restart when its last client leaves (the accessibility registry
# and pyatspi come and go while the app connects). A hang anywhere (the bus, the app, a D-Bus call) ends here as a failure, well inside ctest's limit.
timeout --kill-after=10 120 \
    xvfb-run -a -s "-noreset -screen 0 1400x900x24" \
    dbus-run-session -- "$python" "$here/read-board.py" "$gui" "$cli" "$scratch"
