#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what Common Ground needs to build, test and run on Debian 12 / Ubuntu 22.04+ (apt).
# Safe to run again: packages already present are left alone, and when nothing is missing it
# finishes in well under a second without touching the network.
#
#   build:   g++, cmake, ninja, pkg-config
#   Qt 6:    qt6-base-dev (Core, Gui, Widgets, Test), qt6-base-dev-tools, libgl-dev (Qt's GL headers)
#   data:    libsqlite3-dev, sqlite3 (the shell is the benchmark baseline and handy for checks)
#   tests:   catch2 (2.13), xvfb + xauth (real-window checks)
#   fonts:   fonts-dejavu-core, fonts-noto-color-emoji (people write emoji on notes)
#   export:  qt6-svg-dev (board pictures as SVG), chromium (tests render the HTML report in a real browser)
#   export:  libzip-dev (ODT and DOCX are ZIP packages), fonts-symbola (emoji with outlines, so the
#            PDF can embed them as text)
#   checks:  poppler-utils, libxml2-utils, unzip (the export tests read the PDF, XML and ZIP),
#            libreoffice-writer-nogui (the tests open every ODT and DOCX in a real word processor)
#   sealing: libsodium-dev (Argon2id + XChaCha20-Poly1305 for the sealed hand-over file)
#   fuzzing: clang + libclang-rt-14-dev (libFuzzer, AddressSanitizer and UBSan runtimes), llvm
#            (llvm-symbolizer, for readable sanitizer reports)
#   package: lintian (checks the .deb that cpack builds), desktop-file-utils (desktop-file-validate,
#            update-desktop-database), appstream (appstreamcli validates the metainfo),
#            shared-mime-info (update-mime-database), xdg-utils + libglib2.0-bin (xdg-mime and gio
#            recognise a .cgw as the desktop would), librsvg2-bin (rsvg-convert, to look at the icon
#            at 16, 32 and 128 px)
#   room:    qt6-httpserver-dev, qt6-websockets-dev (room mode's local web server; HttpServer's CMake
#            package needs WebSockets), libqrencode-dev (the join QR code); the room page's
#            real-browser test drives Debian's chromium with puppeteer-core, which npm (Debian's
#            nodejs + npm, unless npm is already there) installs below into tests/browser/node_modules
#   words:   qt6-tools-dev (CMake's LinguistTools), qt6-l10n-tools (lupdate, lrelease: the
#            translations under resources/translations are built into the app), python3 (makes
#            the pseudo language from them, and checks them in the tests)
#   a11y:    dbus (dbus-run-session), at-spi2-core, python3-pyatspi (tests/a11y reads the board as a
#            screen reader would, through AT-SPI under Xvfb)
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev
    libsqlite3-dev sqlite3
    catch2
    xvfb xauth fonts-dejavu-core fonts-noto-color-emoji
    qt6-svg-dev chromium
    libzip-dev fonts-symbola
    poppler-utils libxml2-utils unzip libreoffice-writer-nogui
    libsodium-dev
    clang libclang-rt-14-dev llvm
    lintian desktop-file-utils appstream shared-mime-info xdg-utils libglib2.0-bin librsvg2-bin
    qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
    qt6-tools-dev qt6-l10n-tools python3
    dbus at-spi2-core python3-pyatspi
)

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

# Node.js and npm from Debian, unless this machine has an npm already (Node.js from elsewhere
# would clash with Debian's packages).
if ! command -v npm >/dev/null 2>&1; then
    for pkg in nodejs npm; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
fi

# puppeteer-core for the browser test, into a project-local folder ignored by git, once npm is
# there; it drives Debian's chromium and never downloads a browser.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
install_puppeteer() {
    [ -d "$here/../tests/browser/node_modules/puppeteer-core" ] && return 0
    echo "install-deps: installing puppeteer-core from npm into tests/browser/node_modules"
    (cd "$here/../tests/browser" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --ignore-scripts --loglevel=error) || {
        echo "install-deps: npm could not install puppeteer-core (is the npm registry reachable?)." >&2
        exit 1
    }
}

if [ ${#missing[@]} -eq 0 ]; then
    install_puppeteer
    echo "install-deps: everything Common Ground needs is already installed."
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "install-deps: please run this script as root (or install sudo)." >&2
        exit 1
    fi
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_puppeteer
echo "install-deps: done."
