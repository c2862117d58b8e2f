#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every view of the demo workshop at 200 % (QT_SCALE_FACTOR=2) on a 1600x1000
# screen, for looking at by eye: text must not be clipped or overlap anywhere.
# Usage: docs/screenshots/take-scale-200.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=${1:-build}
out=${2:-docs/screenshots/scale-200}
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
for view in overview agenda people checkin payments groups boards board:1 actions feedback share; do
    name=${view/:/-}
    HOME=$home QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/app/gui/commonground" --demo --view "$view" --screenshot "$out/$name.png" >/dev/null 2>&1
    echo "$out/$name.png"
done
HOME=$home QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/app/gui/commonground" --demo --view board:1 --presenter --screenshot "$out/presenter.png" >/dev/null 2>&1
echo "$out/presenter.png"
