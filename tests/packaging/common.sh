# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the packaging checks: the app id, a scratch folder removed on exit, and a way to
# say plainly which tool is missing.
APP_ID=io.github.common_ground.CommonGround
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/cg-packaging.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

need() {
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "FAIL: '$tool' is not installed (packaging/install-deps.sh installs it)" >&2
            exit 1
        fi
    done
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
