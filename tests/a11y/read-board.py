#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""read-board.py GUI CLI SCRATCH: what a screen reader can read of the demo's first board.

Runs inside a D-Bus session on an X server (run-atspi.sh). The CLI writes the demo workshop and
its JSON archive: the texts of the first board's notes are what the board must say. Then the real
app starts on `--demo --view board:1` with Qt's AT-SPI bridge on, and this script finds the
application, the board canvas (a list called "Board") and reads every note's name through AT-SPI.
"""
import json
import os
import subprocess
import sys
import time

import pyatspi

gui, cli, scratch = sys.argv[1:4]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


# What the board holds, from the CLI's own copy of the demo.
demo = os.path.join(scratch, "demo.cgw")
archive = os.path.join(scratch, "demo.json")
subprocess.run([cli, "demo", demo], check=True, stdout=subprocess.DEVNULL)
subprocess.run([cli, "export-json", demo, archive], check=True, stdout=subprocess.DEVNULL)
with open(archive, encoding="utf-8") as f:
    data = json.load(f)
boards = sorted(data["boards"], key=lambda b: b.get("position", 0))
first = boards[0]
expected = sorted(" ".join(n["text"].split()) for n in data["notes"] if n.get("boardId") == first["id"])
if not expected:
    fail("the demo's first board has no notes in the CLI's archive")

env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
app_process = subprocess.Popen([gui, "--demo", "--view", "board:1", "--new-instance"], env=env)


def showing(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find_board(acc, depth=0):
    """The first showing list named "Board", looking only into what is on screen."""
    if acc is None or depth > 40:
        return None
    try:
        if acc.getRole() == pyatspi.ROLE_LIST and acc.name == "Board":
            return acc
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except Exception:
        return None
    for child in children:
        if child is not None and showing(child):
            found = find_board(child, depth + 1)
            if found is not None:
                return found
    return None


try:
    deadline = time.time() + 60
    application = board = None
    while time.time() < deadline:
        if app_process.poll() is not None:
            fail("the app exited early with status %d" % app_process.returncode)
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            candidate = desktop.getChildAtIndex(i)
            if candidate is not None and candidate.name in ("commonground", "Common Ground"):
                application = candidate
        if application is not None:
            board = find_board(application)
            if board is not None and board.childCount == len(expected):
                break
        time.sleep(0.5)
    if application is None:
        fail("no application called Common Ground on the accessibility bus")
    if board is None:
        fail("the application shows no board canvas (a list called 'Board') to assistive technology")

    notes = [board.getChildAtIndex(i) for i in range(board.childCount)]
    read = sorted(" ".join(n.name.split()) for n in notes)
    roles = {n.getRoleName() for n in notes}
    described = [n for n in notes if " note" in n.description]
    print("board %r: %d notes read through AT-SPI (roles %s)" % (first.get("title"), len(read), ", ".join(sorted(roles))))
    for note in notes[:3]:
        print("  %s — %s" % (note.name, note.description))
    if read != expected:
        missing = [t for t in expected if t not in read]
        extra = [t for t in read if t not in expected]
        fail("the notes read differ from the CLI's: missing %r, unexpected %r" % (missing, extra))
    if roles != {"list item"}:
        fail("notes should be list items, got %r" % sorted(roles))
    if len(described) != len(notes):
        fail("%d notes have no description (author, colour, marks)" % (len(notes) - len(described)))
    print("PASS")
finally:
    app_process.terminate()
    try:
        app_process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app_process.kill()
